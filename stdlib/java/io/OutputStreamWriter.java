package java.io;

/** Encodes chars as UTF-8 into an 8 KiB buffer, written to the stream when full or flushed. */
public class OutputStreamWriter extends Writer {
    private final OutputStream out;
    private final byte[] bb = new byte[8192];
    private int n;
    private int pendingHigh = -1; // a high surrogate waiting for its low half
    private boolean closed;

    public OutputStreamWriter(OutputStream out) {
        if (out == null) throw new NullPointerException();
        this.out = out;
    }

    public OutputStreamWriter(OutputStream out, String charsetName) throws UnsupportedEncodingException {
        this(out);
    }

    public String getEncoding() {
        return "UTF8";
    }

    private void put(int b) throws IOException {
        if (n == bb.length) flushBuffer();
        bb[n++] = (byte) b;
    }

    private void encode(int cp) throws IOException {
        if (cp < 0x80) {
            put(cp);
        } else if (cp < 0x800) {
            put(0xc0 | (cp >> 6));
            put(0x80 | (cp & 0x3f));
        } else if (cp < 0x10000) {
            put(0xe0 | (cp >> 12));
            put(0x80 | ((cp >> 6) & 0x3f));
            put(0x80 | (cp & 0x3f));
        } else {
            put(0xf0 | (cp >> 18));
            put(0x80 | ((cp >> 12) & 0x3f));
            put(0x80 | ((cp >> 6) & 0x3f));
            put(0x80 | (cp & 0x3f));
        }
    }

    private void ensureOpen() throws IOException {
        if (closed) throw new IOException("Stream closed");
    }

    public void write(char[] cbuf, int off, int len) throws IOException {
        ensureOpen();
        if (off < 0 || len < 0 || len > cbuf.length - off) throw new IndexOutOfBoundsException();
        for (int i = off; i < off + len; i++) writeChar(cbuf[i]);
    }

    public void write(String str, int off, int len) throws IOException {
        ensureOpen();
        if (off < 0 || len < 0 || len > str.length() - off) throw new IndexOutOfBoundsException();
        for (int i = off; i < off + len; i++) writeChar(str.charAt(i));
    }

    public void write(int c) throws IOException {
        ensureOpen();
        writeChar((char) c);
    }

    private void writeChar(char c) throws IOException {
        if (pendingHigh >= 0) {
            int hi = pendingHigh;
            pendingHigh = -1;
            if (Character.isLowSurrogate(c)) {
                encode(Character.toCodePoint((char) hi, c));
                return;
            }
            put('?');
        }
        if (c < 0x80) {
            if (n == bb.length) flushBuffer();
            bb[n++] = (byte) c;
        } else if (Character.isHighSurrogate(c)) {
            pendingHigh = c;
        } else if (Character.isLowSurrogate(c)) {
            put('?');
        } else {
            encode(c);
        }
    }

    void flushBuffer() throws IOException {
        if (n > 0) {
            out.write(bb, 0, n);
            n = 0;
        }
    }

    public void flush() throws IOException {
        ensureOpen();
        flushBuffer();
        out.flush();
    }

    public void close() throws IOException {
        if (closed) return;
        flushBuffer();
        out.flush();
        out.close();
        closed = true;
    }
}
