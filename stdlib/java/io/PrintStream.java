package java.io;

/**
 * Prints text as UTF-8. A PrintStream over the FileOutputStream of descriptor 1 or 2
 * (System.out, System.err) hands its strings to the VM's output buffers directly (fd is
 * then 1 or 2); any other one encodes and writes to its OutputStream. I/O errors are
 * remembered for checkError(), never thrown.
 */
public class PrintStream extends FilterOutputStream implements Appendable, Closeable {
    private int fd;
    private final boolean autoFlush;
    private boolean trouble;

    public PrintStream(OutputStream out) {
        this(out, false);
    }

    public PrintStream(OutputStream out, boolean autoFlush) {
        super(out);
        if (out == null) throw new NullPointerException("Null output stream");
        this.autoFlush = autoFlush;
        if (out instanceof FileOutputStream) {
            int d = ((FileOutputStream) out).fd;
            if (d == 1 || d == 2) fd = d;
        }
    }

    public PrintStream(OutputStream out, boolean autoFlush, String encoding) throws UnsupportedEncodingException {
        this(out, autoFlush);
    }

    /** Appends s (and a line end) to the VM's buffer of descriptor fd (1 or 2). */
    private static native void writeString(int fd, String s, boolean newline);

    private void print0(String s, boolean newline) {
        if (fd != 0) {
            writeString(fd, s, newline);
            return;
        }
        try {
            byte[] b = s.getBytes();
            out.write(b, 0, b.length);
            if (newline) out.write('\n');
            if (autoFlush && newline) out.flush();
        } catch (IOException e) {
            trouble = true;
        }
    }

    public void write(int b) {
        try {
            out.write(b);
            if (b == '\n' && autoFlush) out.flush();
        } catch (IOException e) {
            trouble = true;
        }
    }

    public void write(byte[] buf, int off, int len) {
        try {
            out.write(buf, off, len);
            if (autoFlush) out.flush();
        } catch (IOException e) {
            trouble = true;
        }
    }

    public void write(byte[] buf) throws IOException {
        write(buf, 0, buf.length);
    }

    public void writeBytes(byte[] buf) {
        write(buf, 0, buf.length);
    }

    public void flush() {
        try {
            out.flush();
        } catch (IOException e) {
            trouble = true;
        }
    }

    public void close() {
        flush();
    }

    public boolean checkError() {
        return trouble;
    }

    public void print(boolean b) {
        print0(b ? "true" : "false", false);
    }

    public void print(char c) {
        print0(String.valueOf(c), false);
    }

    public void print(int i) {
        print0(String.valueOf(i), false);
    }

    public void print(long l) {
        print0(String.valueOf(l), false);
    }

    public void print(float f) {
        print0(String.valueOf(f), false);
    }

    public void print(double d) {
        print0(String.valueOf(d), false);
    }

    public void print(char[] s) {
        print0(new String(s), false);
    }

    public void print(String s) {
        print0(s == null ? "null" : s, false);
    }

    /** As the JDK: an object whose toString() returns null is a NullPointerException here
     *  (println prints "null"). */
    public void print(Object obj) {
        String s = String.valueOf(obj);
        if (s == null) throw new NullPointerException("Cannot invoke \"String.length()\" because \"str\" is null");
        print0(s, false);
    }

    public void println() {
        print0("", true);
    }

    public void println(boolean x) {
        print0(x ? "true" : "false", true);
    }

    public void println(char x) {
        print0(String.valueOf(x), true);
    }

    public void println(int x) {
        print0(String.valueOf(x), true);
    }

    public void println(long x) {
        print0(String.valueOf(x), true);
    }

    public void println(float x) {
        print0(String.valueOf(x), true);
    }

    public void println(double x) {
        print0(String.valueOf(x), true);
    }

    public void println(char[] x) {
        print0(new String(x), true);
    }

    public void println(String x) {
        print0(x == null ? "null" : x, true);
    }

    public void println(Object x) {
        print0(String.valueOf(String.valueOf(x)), true);
    }

    public PrintStream printf(String format, Object... args) {
        return format(format, args);
    }

    public PrintStream printf(java.util.Locale l, String format, Object... args) {
        return format(format, args);
    }

    public PrintStream format(String format, Object... args) {
        print0(new java.util.Formatter().format(format, args).toString(), false);
        return this;
    }

    public PrintStream format(java.util.Locale l, String format, Object... args) {
        return format(format, args);
    }

    public PrintStream append(CharSequence csq) {
        print(String.valueOf(csq));
        return this;
    }

    public PrintStream append(CharSequence csq, int start, int end) {
        if (csq == null) csq = "null";
        return append(csq.subSequence(start, end));
    }

    public PrintStream append(char c) {
        print(c);
        return this;
    }
}
