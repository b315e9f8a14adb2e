// Assignments to final variables and fields (errors of attribution).
public class FinalAssignment {
    static final int LIMIT = 10;
    final int id = 1;
    void m(final int p) {
        id = 3; // expect error: cannot assign a value to final variable id
    }
    public static void main(String[] args) {
        final int x = 1;
        x = 2; // expect error: cannot assign a value to final variable x
        LIMIT = 11; // expect error: cannot assign a value to final variable LIMIT
        final int[] arr = {1};
        arr[0] = 5;
        arr.length = 3; // expect error: cannot assign a value to final variable length
        x++; // expect error: cannot assign a value to final variable x
    }
}
