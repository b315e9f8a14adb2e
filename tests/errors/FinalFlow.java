// Final variables assigned twice or maybe twice, final parameters, blank final fields
// never or doubly assigned (errors of flow analysis).
public class FinalFlow {
    final int a;
    final int b; // expect error: variable b not initialized in the default constructor
    {
        a = 1;
    }
    void m(final int p) {
        p = 2; // expect error: final parameter p may not be assigned
    }
    void n() {
        try {
            System.out.println();
        } catch (ArithmeticException | NullPointerException e) {
            e = null; // expect error: multi-catch parameter e may not be assigned
        }
    }
    public static void main(String[] args) {
        final int y;
        y = 1;
        y = 2; // expect error: variable y might already have been assigned
        final int z;
        for (int i = 0; i < 3; i++) {
            z = i; // expect error: variable z might be assigned in loop
        }
        final int w;
        if (args.length > 0) w = 1;
        w = 2; // expect error: variable w might already have been assigned
    }
}
