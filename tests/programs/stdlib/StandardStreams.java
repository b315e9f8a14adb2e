// System.out, System.err and System.in exist; err output interleaves with out in program
// order; printStackTrace of a caught exception with a cause goes to standard error.
// expect: true true true
// expect: one
// expect: three
// expect: caught wrapped caused by java.lang.NumberFormatException
// expect: done
public class StandardStreams {
    static void fail() {
        try {
            Integer.parseInt("x");
        } catch (NumberFormatException e) {
            throw new IllegalStateException("wrapped", e);
        }
    }

    public static void main(String[] args) {
        System.out.println((System.out != null) + " " + (System.err != null) + " " + (System.in != null));
        System.out.println("one");
        System.err.println("two (stderr)");
        System.out.println("three");
        System.err.print("four ");
        System.err.printf("%s%n", "(stderr)");
        try {
            fail();
        } catch (IllegalStateException e) {
            e.printStackTrace();
            System.out.println("caught " + e.getMessage() + " caused by " + e.getCause().getClass().getName());
        }
        System.out.println("done");
    }
}
