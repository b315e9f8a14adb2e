// Primitives are not objects and not arrays; only variables can be assigned or
// incremented.
public class PrimitiveMisuse {
    static int f() { return 1; }
    public static void main(String[] args) {
        int x = 5;
        x.toString(); // expect error: int cannot be dereferenced
        int y = x[0]; // expect error: array required, but int found
        int len = x.length; // expect error: int cannot be dereferenced
        5 = x; // expect error: unexpected type
        f() = 2; // expect error: unexpected type
        x++ ++; // expect error: unexpected type
        (x + 1)++; // expect error: unexpected type
    }
}
