// void results used as values, values returned from void methods, missing return values.
public class VoidValues {
    static void nothing() { }
    static void early() {
        return 1; // expect error: incompatible types: unexpected return value
    }
    static int value() {
        return; // expect error: missing return value
    }
    public static void main(String[] args) {
        int x = nothing(); // expect error: incompatible types: void cannot be converted to int
        System.out.println(nothing()); // expect error: 'void' type not allowed here
        String s = "a" + nothing(); // expect error: 'void' type not allowed here
    }
}
