// System.exit from deep in the call stack and from inside a catch block.
// expect: exiting from a catch block
// expect exit: 42
public class ExitFromDeep {
    static void recurse(int n) {
        if (n == 0) {
            try {
                throw new RuntimeException("x");
            } catch (RuntimeException e) {
                System.out.println("exiting from a catch block");
                System.exit(42);
            }
        }
        recurse(n - 1);
        System.out.println("never");
    }
    public static void main(String[] args) {
        recurse(10);
    }
}
