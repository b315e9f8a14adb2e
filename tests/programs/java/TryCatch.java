// try/catch: catching by superclass, the first matching clause wins, exceptions from
// called methods, the catch parameter, rethrowing, code after the try.
// expect: caught bottom
// expect: superclass catch: java.lang.IllegalArgumentException: negative: -3
// expect: AIOOBE: Index 2 out of bounds for length 2
// expect: CCE caught
// expect: NPE caught
// expect: inner caught, rethrowing
// expect: outer caught inner
// expect: Throwable catches java.lang.Error: an error
// expect: result 12
// expect: ok 0
// expect: runtime r1
// expect: checked e2
// expect: error x3
// expect: throw null gives NPE
// expect: end
public class TryCatch {
    static int depth(int n) {
        if (n == 0) throw new IllegalStateException("bottom");
        return depth(n - 1) + 1;
    }
    static void check(int v) {
        if (v < 0) throw new IllegalArgumentException("negative: " + v);
    }
    public static void main(String[] args) {
        try {
            depth(5);
            System.out.println("not reached");
        } catch (IllegalStateException e) {
            System.out.println("caught " + e.getMessage());
        }
        try {
            check(-3);
        } catch (RuntimeException e) {
            System.out.println("superclass catch: " + e);
        }
        try {
            int[] a = new int[2];
            a[2] = 1;
        } catch (ArithmeticException e) {
            System.out.println("wrong");
        } catch (ArrayIndexOutOfBoundsException e) {
            System.out.println("AIOOBE: " + e.getMessage());
        } catch (RuntimeException e) {
            System.out.println("too general");
        }
        try {
            Object o = "s";
            Integer i = (Integer) o;
            System.out.println(i);
        } catch (ClassCastException e) {
            System.out.println("CCE caught");
        }
        try {
            String s = null;
            s.length();
        } catch (NullPointerException e) {
            System.out.println("NPE caught");
        }
        try {
            try {
                throw new UnsupportedOperationException("inner");
            } catch (UnsupportedOperationException e) {
                System.out.println("inner caught, rethrowing");
                throw e;
            }
        } catch (RuntimeException e) {
            System.out.println("outer caught " + e.getMessage());
        }
        try {
            throw new Error("an error");
        } catch (Throwable t) {
            System.out.println("Throwable catches " + t);
        }
        int result;
        try {
            result = Integer.parseInt("12");
        } catch (NumberFormatException e) {
            result = -1;
        }
        System.out.println("result " + result);
        for (int i = 0; i < 4; i++) {
            try {
                if (i == 1) throw new RuntimeException("r" + i);
                if (i == 2) throw new Exception("e" + i);
                if (i == 3) throw new Error("x" + i);
                System.out.println("ok " + i);
            } catch (RuntimeException e) {
                System.out.println("runtime " + e.getMessage());
            } catch (Exception e) {
                System.out.println("checked " + e.getMessage());
            } catch (Error e) {
                System.out.println("error " + e.getMessage());
            }
        }
        try {
            throw null;
        } catch (NullPointerException e) {
            System.out.println("throw null gives NPE");
        }
        System.out.println("end");
    }
}
