// == between types that can never be equal.
public class IncomparableTypes {
    public static void main(String[] args) {
        Integer i = 1;
        String s = "1";
        boolean a = i == s; // expect error: incomparable types: Integer and String
        boolean b = s == 1; // expect error: bad operand types for binary operator '=='
        boolean c = true == 1; // expect error: incomparable types: boolean and int
        Object o = s;
        boolean ok = o == s;
    }
}
