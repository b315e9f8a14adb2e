// Precise rethrow (Java 7): catching Exception and rethrowing it from a try block that
// can only throw specific checked exceptions lets the method declare just those; a
// finally block and nested rethrows keep the precision.
// expect: cleanup 0
// expect: 0 ok
// expect: logging first 1
// expect: cleanup 1
// expect: outer saw FirstProblem
// expect: 1 checked: first 1
// expect: logging second 2
// expect: cleanup 2
// expect: outer saw SecondProblem
// expect: 2 checked: second 2
// expect: logging unchecked 3
// expect: cleanup 3
// expect: outer saw java.lang.IllegalStateException
// expect: 3 runtime: unchecked 3
// expect: attempts 4
class FirstProblem extends Exception { FirstProblem(String m) { super(m); } }
class SecondProblem extends Exception { SecondProblem(String m) { super(m); } }
public class PreciseRethrow {
    static int attempts;
    static void work(int k) throws FirstProblem, SecondProblem {
        attempts++;
        if (k == 1) throw new FirstProblem("first " + k);
        if (k == 2) throw new SecondProblem("second " + k);
        if (k == 3) throw new IllegalStateException("unchecked " + k);
    }
    static void wrapper(int k) throws FirstProblem, SecondProblem {
        try {
            work(k);
        } catch (Exception e) {
            System.out.println("logging " + e.getMessage());
            throw e;
        } finally {
            System.out.println("cleanup " + k);
        }
    }
    static void outer(int k) throws FirstProblem, SecondProblem {
        try {
            wrapper(k);
        } catch (final Throwable t) {
            System.out.println("outer saw " + t.getClass().getName());
            throw t;
        }
    }
    public static void main(String[] args) {
        for (int k = 0; k <= 3; k++) {
            try {
                outer(k);
                System.out.println(k + " ok");
            } catch (FirstProblem | SecondProblem e) {
                System.out.println(k + " checked: " + e.getMessage());
            } catch (RuntimeException e) {
                System.out.println(k + " runtime: " + e.getMessage());
            }
        }
        System.out.println("attempts " + attempts);
    }
}
