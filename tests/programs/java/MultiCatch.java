// Multi-catch: one handler for unrelated exception types; the parameter's static type is
// their common superclass.
// expect: runtime pair: iae
// expect: runtime pair: ae
// expect: checked pair: java.lang.CloneNotSupportedException: cnse
// expect: checked pair: java.lang.InterruptedException: ie
// expect: index or null: Index 4 out of bounds for length 1
// expect: other: plain
// expect: final multi-catch true
public class MultiCatch {
    static void fail(int k) throws Exception {
        switch (k) {
            case 0: throw new IllegalArgumentException("iae");
            case 1: throw new ArithmeticException("ae");
            case 2: throw new CloneNotSupportedException("cnse");
            case 3: throw new InterruptedException("ie");
            case 4: int[] a = new int[1]; a[k] = 0;
            default: throw new Exception("plain");
        }
    }
    public static void main(String[] args) {
        for (int k = 0; k < 6; k++) {
            try {
                fail(k);
            } catch (IllegalArgumentException | ArithmeticException e) {
                RuntimeException re = e;
                System.out.println("runtime pair: " + re.getMessage());
            } catch (CloneNotSupportedException | InterruptedException e) {
                System.out.println("checked pair: " + e);
            } catch (IndexOutOfBoundsException | NullPointerException e) {
                System.out.println("index or null: " + e.getMessage());
            } catch (Exception e) {
                System.out.println("other: " + e.getMessage());
            }
        }
        try {
            Object o = null;
            o.hashCode();
        } catch (final ClassCastException | NullPointerException e) {
            System.out.println("final multi-catch " + (e instanceof NullPointerException));
        }
    }
}
