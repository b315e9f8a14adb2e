// finally runs before the uncaught exception propagates out of main.
// expect: in try
// expect: in finally
// expect runtime error: java.lang.IllegalStateException: escaping
// expect stderr: at UncaughtFromFinally.main(UncaughtFromFinally.java:10)
public class UncaughtFromFinally {
    public static void main(String[] args) {
        try {
            System.out.println("in try");
            throw new IllegalStateException("escaping");
        } finally {
            System.out.println("in finally");
        }
    }
}
