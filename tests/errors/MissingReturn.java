// A non-void method whose end is reachable.
public class MissingReturn {
    static int sign(int x) {
        if (x > 0) return 1;
        else if (x < 0) return -1;
    } // expect error: missing return statement
    static int loop(int x) {
        while (x > 0) {
            return x;
        }
    } // expect error: missing return statement
    static int sw(int x) {
        switch (x) {
            case 1: return 1;
            default:
        }
    } // expect error: missing return statement
    static int ok(int x) {
        while (true) {
            if (x > 3) return x;
            x++;
        }
    }
    public static void main(String[] args) {
    }
}
