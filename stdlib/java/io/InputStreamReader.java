package java.io;

/** Decodes UTF-8 from a byte stream (malformed bytes become U+FFFD). */
public class InputStreamReader extends Reader {
    private final InputStream in;
    private final byte[] bytes = new byte[8192];
    private int start, end;     // undecoded bytes are bytes[start, end)
    private boolean eof;
    private int pendingLow = -1; // second half of a surrogate pair not yet returned

    public InputStreamReader(InputStream in) {
        if (in == null) throw new NullPointerException();
        this.in = in;
    }

    public InputStreamReader(InputStream in, String charsetName) throws UnsupportedEncodingException {
        this(in);
    }

    public String getEncoding() {
        return "UTF8";
    }

    /** Makes sure at least n undecoded bytes are available unless the input ends. */
    private void fill(int n) throws IOException {
        if (end - start >= n || eof) return;
        if (start > 0) {
            System.arraycopy(bytes, start, bytes, 0, end - start);
            end -= start;
            start = 0;
        }
        while (end - start < n && !eof) {
            int k = in.read(bytes, end, bytes.length - end);
            if (k < 0) eof = true;
            else end += k;
        }
    }

    /** Decodes one code point, -1 at the end. */
    private int decode() throws IOException {
        fill(1);
        if (start == end) return -1;
        int c = bytes[start] & 0xff;
        if (c < 0x80) {
            start++;
            return c;
        }
        int need;
        if (c >= 0xc2 && c <= 0xdf) need = 1;
        else if (c >= 0xe0 && c <= 0xef) need = 2;
        else if (c >= 0xf0 && c <= 0xf4) need = 3;
        else {
            start++;
            return 0xfffd;
        }
        fill(need + 1);
        int cp = c & (0x3f >> need);
        int i = start + 1;
        for (int k = 0; k < need; k++, i++) {
            if (i >= end || (bytes[i] & 0xc0) != 0x80) {
                start = i;
                return 0xfffd;
            }
            if (k == 0) {
                int b1 = bytes[i] & 0xff;
                if ((c == 0xe0 && b1 < 0xa0) || (c == 0xed && b1 > 0x9f) || (c == 0xf0 && b1 < 0x90) || (c == 0xf4 && b1 > 0x8f)) {
                    start = i;
                    return 0xfffd;
                }
            }
            cp = (cp << 6) | (bytes[i] & 0x3f);
        }
        start = i;
        return cp;
    }

    public int read(char[] cbuf, int off, int len) throws IOException {
        if (off < 0 || len < 0 || len > cbuf.length - off) throw new IndexOutOfBoundsException();
        if (len == 0) return 0;
        int n = 0;
        while (n < len) {
            if (pendingLow >= 0) {
                cbuf[off + n++] = (char) pendingLow;
                pendingLow = -1;
                continue;
            }
            /* after the first char, decode only what is already buffered (do not block) */
            if (n > 0 && start == end && (eof || in.available() <= 0)) break;
            int cp = decode();
            if (cp < 0) break;
            if (cp >= 0x10000) {
                cbuf[off + n++] = Character.highSurrogate(cp);
                pendingLow = Character.lowSurrogate(cp);
            } else {
                cbuf[off + n++] = (char) cp;
            }
        }
        return n == 0 ? -1 : n;
    }

    public boolean ready() throws IOException {
        return pendingLow >= 0 || start < end || in.available() > 0;
    }

    public void close() throws IOException {
        in.close();
    }
}
