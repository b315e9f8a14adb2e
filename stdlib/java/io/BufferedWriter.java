package java.io;

public class BufferedWriter extends Writer {
    private Writer out;
    private char[] cb;
    private int n;

    public BufferedWriter(Writer out) {
        this(out, 8192);
    }

    public BufferedWriter(Writer out, int sz) {
        if (sz <= 0) throw new IllegalArgumentException("Buffer size <= 0");
        this.out = out;
        cb = new char[sz];
    }

    private void ensureOpen() throws IOException {
        if (out == null) throw new IOException("Stream closed");
    }

    void flushBuffer() throws IOException {
        ensureOpen();
        if (n > 0) {
            out.write(cb, 0, n);
            n = 0;
        }
    }

    public void write(int c) throws IOException {
        ensureOpen();
        if (n >= cb.length) flushBuffer();
        cb[n++] = (char) c;
    }

    public void write(char[] cbuf, int off, int len) throws IOException {
        ensureOpen();
        if (off < 0 || len < 0 || len > cbuf.length - off) throw new IndexOutOfBoundsException();
        if (len >= cb.length) {
            flushBuffer();
            out.write(cbuf, off, len);
            return;
        }
        if (len > cb.length - n) flushBuffer();
        System.arraycopy(cbuf, off, cb, n, len);
        n += len;
    }

    public void write(String s, int off, int len) throws IOException {
        ensureOpen();
        while (len > 0) {
            if (n >= cb.length) flushBuffer();
            int k = Math.min(cb.length - n, len);
            s.getChars(off, off + k, cb, n);
            n += k;
            off += k;
            len -= k;
        }
    }

    public void newLine() throws IOException {
        write('\n');
    }

    public void flush() throws IOException {
        flushBuffer();
        out.flush();
    }

    public void close() throws IOException {
        if (out == null) return;
        flushBuffer();
        out.close();
        out = null;
        cb = null;
    }
}
