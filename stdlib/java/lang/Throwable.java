package java.lang;

import java.io.PrintStream;

/**
 * The root of the exception hierarchy.
 *
 * The VM reads and writes the first three fields by name (stdlib/README.md): it creates
 * its own exceptions without running a constructor (detailMessage and backtrace set, cause
 * left null) and prints uncaught ones itself, following the cause chain. A cause equal to
 * {@code this} means "not set yet" (as in the JDK), so initCause may still set it; the VM's
 * null is accepted the same way.
 */
public class Throwable implements java.io.Serializable {
    private String detailMessage;
    private Throwable cause = this;
    private Object backtrace; // whatever fillInStackTrace stores; opaque to Java code
    private Throwable[] suppressed;

    public Throwable() {
        fillInStackTrace();
    }

    public Throwable(String message) {
        detailMessage = message;
        fillInStackTrace();
    }

    public Throwable(String message, Throwable cause) {
        detailMessage = message;
        this.cause = cause;
        fillInStackTrace();
    }

    public Throwable(Throwable cause) {
        detailMessage = cause == null ? null : cause.toString();
        this.cause = cause;
        fillInStackTrace();
    }

    protected Throwable(String message, Throwable cause, boolean enableSuppression, boolean writableStackTrace) {
        detailMessage = message;
        this.cause = cause;
        if (writableStackTrace) fillInStackTrace();
    }

    public String getMessage() {
        return detailMessage;
    }

    public String getLocalizedMessage() {
        return getMessage();
    }

    public Throwable getCause() {
        return cause == this ? null : cause;
    }

    public Throwable initCause(Throwable cause) {
        if (this.cause != this && this.cause != null)
            throw new IllegalStateException("Can't overwrite cause with " + String.valueOf(cause), this);
        if (cause == this) throw new IllegalArgumentException("Self-causation not permitted", this);
        this.cause = cause;
        return this;
    }

    /** Records the current stack into backtrace, leaving out the constructors' frames. */
    public native Throwable fillInStackTrace();

    public String toString() {
        String s = getClass().getName();
        String message = getLocalizedMessage();
        return message != null ? s + ": " + message : s;
    }

    /** toString(), the stack and the causes, to standard error (printed by the VM). */
    public native void printStackTrace();

    /**
     * To System.err, as printStackTrace(); to any other stream, in the same format from
     * getStackTrace(): the frames, then each cause ("Caused by: ", frames shared with the
     * enclosing trace left out as "... n more") and suppressed exceptions ("Suppressed: ").
     */
    public void printStackTrace(PrintStream s) {
        if (s == System.err) {
            printStackTrace();
            return;
        }
        StringBuilder sb = new StringBuilder();
        describe(sb, null, "", "", 0);
        s.print(sb);
    }

    public void printStackTrace(java.io.PrintWriter w) {
        StringBuilder sb = new StringBuilder();
        describe(sb, null, "", "", 0);
        w.print(sb);
    }

    /** Appends this throwable's trace, under caption and indented by prefix, eliding the
     *  frames it shares at the bottom with enclosing (null: none). */
    private void describe(StringBuilder sb, StackTraceElement[] enclosing, String caption, String prefix, int depth) {
        StackTraceElement[] trace = getStackTrace();
        int m = trace.length - 1, n = enclosing == null ? -1 : enclosing.length - 1;
        while (m >= 0 && n >= 0 && trace[m].equals(enclosing[n])) {
            m--;
            n--;
        }
        int inCommon = trace.length - 1 - m;
        sb.append(prefix).append(caption).append(this).append('\n');
        for (int i = 0; i <= m; i++) sb.append(prefix).append("\tat ").append(trace[i]).append('\n');
        if (enclosing != null && inCommon != 0) sb.append(prefix).append("\t... ").append(inCommon).append(" more\n");
        if (depth > 64) return;
        Throwable[] sup = getSuppressed();
        for (int i = 0; i < sup.length; i++) sup[i].describe(sb, trace, "Suppressed: ", prefix + "\t", depth + 1);
        Throwable c = getCause();
        if (c != null) c.describe(sb, trace, "Caused by: ", prefix, depth + 1);
    }

    public final void addSuppressed(Throwable exception) {
        if (exception == this) throw new IllegalArgumentException("Self-suppression not permitted", exception);
        if (exception == null) throw new NullPointerException("Cannot suppress a null exception.");
        int n = suppressed == null ? 0 : suppressed.length;
        Throwable[] a = new Throwable[n + 1];
        for (int i = 0; i < n; i++) a[i] = suppressed[i];
        a[n] = exception;
        suppressed = a;
    }

    public final Throwable[] getSuppressed() {
        int n = suppressed == null ? 0 : suppressed.length;
        Throwable[] a = new Throwable[n];
        for (int i = 0; i < n; i++) a[i] = suppressed[i];
        return a;
    }

    public StackTraceElement[] getStackTrace() {
        return StackTraceElement.of(this, backtrace);
    }
}
