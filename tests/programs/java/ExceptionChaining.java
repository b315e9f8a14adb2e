// Exception causes: constructors with causes, initCause, getCause chains, wrapping.
// expect: 0: java.lang.Exception: high level
// expect: 1: java.lang.IllegalStateException: mid level
// expect: 2: java.lang.ArithmeticException: low level
// expect: java.lang.IllegalArgumentException: root
// expect: root
// expect: null
// expect: java.lang.Error: err <- java.lang.Exception: inner
// expect: null null java.lang.Exception
public class ExceptionChaining {
    static void low() {
        throw new ArithmeticException("low level");
    }
    static void mid() {
        try {
            low();
        } catch (ArithmeticException e) {
            throw (IllegalStateException) new IllegalStateException("mid level").initCause(e);
        }
    }
    static void high() throws Exception {
        try {
            mid();
        } catch (RuntimeException e) {
            Exception wrapped = new Exception("high level");
            wrapped.initCause(e);
            throw wrapped;
        }
    }
    public static void main(String[] args) {
        try {
            high();
        } catch (Exception e) {
            Throwable t = e;
            int level = 0;
            while (t != null) {
                System.out.println(level + ": " + t);
                t = t.getCause();
                level++;
            }
        }
        RuntimeException fromCause = new RuntimeException(new IllegalArgumentException("root"));
        System.out.println(fromCause.getMessage());
        System.out.println(fromCause.getCause().getMessage());
        RuntimeException nullCause = new RuntimeException((Throwable) null);
        System.out.println(nullCause.getMessage());
        Error err = new Error("err", new Exception("inner"));
        System.out.println(err + " <- " + err.getCause());
        Exception noMsg = new Exception();
        System.out.println(noMsg.getMessage() + " " + noMsg.getCause() + " " + noMsg);
    }
}
