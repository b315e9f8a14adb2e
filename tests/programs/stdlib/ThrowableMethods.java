// Throwable: getMessage, getLocalizedMessage, toString with and without a message,
// causes (constructor, initCause, getCause chains, the cause's toString as message),
// initCause errors, suppressed exceptions, getStackTrace, user exception classes and
// printStackTrace to System.err.
// expect: java.lang.Throwable | null | null
// expect: java.lang.Exception: boom | boom | boom
// expect: java.lang.RuntimeException: outer | java.lang.Exception: boom | true
// expect: java.lang.Error: java.lang.IllegalArgumentException: bad arg | java.lang.IllegalArgumentException: bad arg | java.lang.IllegalArgumentException
// expect: java.lang.ArithmeticException: root
// expect: IllegalStateException: true
// expect: Self-causation not permitted
// expect: ThrowableMethods$AppException: not found (code 404) | 404
// expect: RuntimeException:a IllegalArgumentException:b NullPointerException:c 
// expect: 2 java.lang.Error: suppressed two
// expect: level3 level2 main ThrowableMethods ThrowableMethods.java
// expect: java.lang.AssertionError: failed check 42 true
// expect: after printStackTrace
public class ThrowableMethods {
    static class AppException extends Exception {
        final int code;

        AppException(String message, int code) {
            super(message);
            this.code = code;
        }

        public String getMessage() {
            return super.getMessage() + " (code " + code + ")";
        }
    }

    static void level3() {
        throw new IllegalStateException("deep");
    }

    static void level2() {
        level3();
    }

    public static void main(String[] args) {
        Throwable plain = new Throwable();
        Exception withMsg = new Exception("boom");
        RuntimeException withCause = new RuntimeException("outer", withMsg);
        Error fromCause = new Error(new IllegalArgumentException("bad arg"));
        System.out.println(plain + " | " + plain.getMessage() + " | " + plain.getCause());
        System.out.println(withMsg + " | " + withMsg.getMessage() + " | " + withMsg.getLocalizedMessage());
        System.out.println(withCause + " | " + withCause.getCause() + " | " + (withCause.getCause() == withMsg));
        System.out.println(fromCause + " | " + fromCause.getMessage() + " | " + fromCause.getCause().getClass().getName());
        Exception late = new Exception("late");
        late.initCause(new ArithmeticException("root"));
        System.out.println(late.getCause());
        try {
            late.initCause(new Exception());
        } catch (IllegalStateException e) {
            System.out.println("IllegalStateException: " + e.getMessage().startsWith("Can't overwrite cause with java.lang.Exception"));
        }
        try {
            Exception self = new Exception();
            self.initCause(self);
        } catch (IllegalArgumentException e) {
            System.out.println(e.getMessage());
        }
        AppException app = new AppException("not found", 404);
        System.out.println(app + " | " + app.code);
        Throwable chain = new RuntimeException("a", new IllegalArgumentException("b", new NullPointerException("c")));
        for (Throwable t = chain; t != null; t = t.getCause()) System.out.print(t.getClass().getSimpleName() + ":" + t.getMessage() + " ");
        System.out.println();
        Exception primary = new Exception("primary");
        primary.addSuppressed(new RuntimeException("suppressed one"));
        primary.addSuppressed(new Error("suppressed two"));
        System.out.println(primary.getSuppressed().length + " " + primary.getSuppressed()[1]);
        try {
            level2();
        } catch (IllegalStateException e) {
            StackTraceElement[] st = e.getStackTrace();
            System.out.println(st[0].getMethodName() + " " + st[1].getMethodName() + " " + st[2].getMethodName() + " " + st[0].getClassName() + " " + st[0].getFileName());
        }
        AssertionError ae = new AssertionError("failed check");
        System.out.println(ae + " " + new AssertionError(42).getMessage() + " " + (new AssertionError(withMsg).getCause() == withMsg));
        new IllegalStateException("printed").printStackTrace();
        System.out.println("after printStackTrace");
    }
}
