// Redeclarations in the same scope: locals, parameters, fields, methods.
public class AlreadyDefined {
    int f;
    String f; // expect error: variable f is already defined in class AlreadyDefined
    void m() { }
    void m() { } // expect error: method m() is already defined in class AlreadyDefined
    static void p(int a) {
        int a = 1; // expect error: variable a is already defined in method p(int)
    }
    public static void main(String[] args) {
        int x = 1;
        int x = 2; // expect error: variable x is already defined in method main(String[])
        for (int i = 0; i < 2; i++) {
            int x = 3; // expect error: variable x is already defined in method main(String[])
        }
        String args = ""; // expect error: variable args is already defined in method main(String[])
    }
}
