// A missing ';' is reported at the end of the previous token.
public class MissingSemicolon {
    public static void main(String[] args) {
        int x = 1 // expect error: ';' expected
        int y = 2;
        System.out.println(x + y) // expect error: ';' expected
    }
}
