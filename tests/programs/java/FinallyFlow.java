// finally: runs on normal exit, exceptions, return, break and continue; a return or
// break in finally overrides the pending return or exception; the returned value is
// taken before finally runs.
// expect: 2
// expect: 3
// expect: 10 20
// expect: sb in finally: try catch returnfinally
// expect: try catch return
// expect: 24
// expect: 3
// expect: exception from finally replaces: second
// expect: inner finally r=11
// expect: outer finally r=111
// expect: 1
// expect: 10
// expect: try without catch
// expect: finally without catch
// expect: before break
// expect: finally after labeled break
public class FinallyFlow {
    static int x;
    static int returnOverride() {
        try {
            return 1;
        } finally {
            return 2;
        }
    }
    @SuppressWarnings("finally")
    static int swallow() {
        try {
            throw new RuntimeException("lost");
        } finally {
            return 3;
        }
    }
    static int valueBeforeFinally() {
        x = 10;
        try {
            return x;
        } finally {
            x = 20;
        }
    }
    static String order() {
        StringBuilder sb = new StringBuilder();
        try {
            sb.append("try ");
            throw new IllegalStateException();
        } catch (IllegalStateException e) {
            sb.append("catch ");
            return sb.append("return").toString();
        } finally {
            sb.append("finally");
            System.out.println("sb in finally: " + sb);
        }
    }
    static int loopFinally() {
        int count = 0;
        for (int i = 0; i < 5; i++) {
            try {
                if (i == 1) continue;
                if (i == 3) break;
                count += 10;
            } finally {
                count++;
            }
        }
        return count;
    }
    @SuppressWarnings("finally")
    static int breakInFinally() {
        int i = 0;
        while (true) {
            try {
                i++;
                throw new RuntimeException("discarded");
            } finally {
                if (i < 3) continue;
                break;
            }
        }
        return i;
    }
    static void exceptionInFinally() {
        try {
            try {
                throw new RuntimeException("first");
            } finally {
                throw new IllegalStateException("second");
            }
        } catch (RuntimeException e) {
            System.out.println("exception from finally replaces: " + e.getMessage());
        }
    }
    static int nested() {
        int r = 0;
        try {
            try {
                r += 1;
                return r;
            } finally {
                r += 10;
                System.out.println("inner finally r=" + r);
            }
        } finally {
            r += 100;
            System.out.println("outer finally r=" + r);
        }
    }
    static long longValue() {
        long v = 5;
        try {
            return v * 2;
        } finally {
            v = 0;
        }
    }
    public static void main(String[] args) {
        System.out.println(returnOverride());
        System.out.println(swallow());
        System.out.println(valueBeforeFinally() + " " + x);
        System.out.println(order());
        System.out.println(loopFinally());
        System.out.println(breakInFinally());
        exceptionInFinally();
        System.out.println(nested());
        System.out.println(longValue());
        try {
            System.out.println("try without catch");
        } finally {
            System.out.println("finally without catch");
        }
        label:
        try {
            System.out.println("before break");
            if (x > 0) break label;
            System.out.println("skipped");
        } finally {
            System.out.println("finally after labeled break");
        }
    }
}
