// printStackTrace to a PrintStream or PrintWriter other than System.err, with the JDK's
// layout: the frames of the program, "Caused by:" with the shared frames elided as
// "... n more", "Suppressed:" indented; getStackTrace elements. (Line numbers are masked:
// they move when expectations are added to this file.)
// expect: StackTraceToStdout b StackTraceToStdout.java true false
// expect: java.lang.RuntimeException: outer
// expect: 	at StackTraceToStdout.c(StackTraceToStdout.java:N)
// expect: 	at StackTraceToStdout.main(StackTraceToStdout.java:N)
// expect: Caused by: java.lang.IllegalStateException: inner
// expect: 	at StackTraceToStdout.b(StackTraceToStdout.java:N)
// expect: 	at StackTraceToStdout.a(StackTraceToStdout.java:N)
// expect: 	at StackTraceToStdout.c(StackTraceToStdout.java:N)
// expect: 	... 1 more
// expect: java.lang.Exception: with suppressed
// expect: 	at StackTraceToStdout.main(StackTraceToStdout.java:N)
// expect: 	Suppressed: java.lang.Error: first
// expect: 		at StackTraceToStdout.main(StackTraceToStdout.java:N)
// expect: 	Suppressed: java.lang.IllegalArgumentException: second
// expect: 		at StackTraceToStdout.main(StackTraceToStdout.java:N)
// expect: 	Caused by: java.lang.ArithmeticException: root
// expect: 		... 1 more
// expect: java.lang.UnsupportedOperationException
// expect: 	at StackTraceToStdout.main(StackTraceToStdout.java:N)
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;

public class StackTraceToStdout {
    static void a() {
        b();
    }

    static void b() {
        throw new IllegalStateException("inner");
    }

    static void c() {
        try {
            a();
        } catch (IllegalStateException e) {
            throw new RuntimeException("outer", e);
        }
    }

    static void show(String trace) {
        System.out.print(trace.replaceAll(":\\d+\\)", ":N)"));
    }

    public static void main(String[] args) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            c();
        } catch (RuntimeException e) {
            e.printStackTrace(new PrintStream(bytes));
            StackTraceElement top = e.getCause().getStackTrace()[0];
            System.out.println(top.getClassName() + " " + top.getMethodName() + " " + top.getFileName() + " " + (top.getLineNumber() > 0) + " " + top.isNativeMethod());
        }
        show(bytes.toString());
        Exception s = new Exception("with suppressed");
        s.addSuppressed(new Error("first"));
        s.addSuppressed(new IllegalArgumentException("second", new ArithmeticException("root")));
        StringWriter sw = new StringWriter();
        s.printStackTrace(new PrintWriter(sw, true));
        new UnsupportedOperationException().printStackTrace(new PrintWriter(sw, true));
        show(sw.toString());
    }
}
