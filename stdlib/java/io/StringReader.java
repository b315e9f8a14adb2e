package java.io;

public class StringReader extends Reader {
    private String str;
    private int next;

    public StringReader(String s) {
        str = s;
    }

    private void ensureOpen() throws IOException {
        if (str == null) throw new IOException("Stream closed");
    }

    public int read() throws IOException {
        ensureOpen();
        return next >= str.length() ? -1 : str.charAt(next++);
    }

    public int read(char[] cbuf, int off, int len) throws IOException {
        ensureOpen();
        if (off < 0 || len < 0 || len > cbuf.length - off) throw new IndexOutOfBoundsException();
        if (len == 0) return 0;
        if (next >= str.length()) return -1;
        int n = Math.min(str.length() - next, len);
        str.getChars(next, next + n, cbuf, off);
        next += n;
        return n;
    }

    public boolean ready() throws IOException {
        ensureOpen();
        return true;
    }

    public void close() {
        str = null;
    }
}
