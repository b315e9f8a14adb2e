package java.io;

/** A buffered Reader with readLine (lines end at \n, \r or \r\n). */
public class BufferedReader extends Reader {
    private final Reader in;
    private char[] cb;
    private int pos, lim;
    private boolean skipLF; // the last line ended with \r: a following \n belongs to it

    public BufferedReader(Reader in) {
        this(in, 8192);
    }

    public BufferedReader(Reader in, int sz) {
        if (sz <= 0) throw new IllegalArgumentException("Buffer size <= 0");
        this.in = in;
        cb = new char[sz];
    }

    /** Refills the buffer; false at the end of input. */
    private boolean fill() throws IOException {
        int n = in.read(cb, 0, cb.length);
        if (n <= 0) {
            pos = lim = 0;
            return false;
        }
        pos = 0;
        lim = n;
        return true;
    }

    public int read() throws IOException {
        while (true) {
            if (pos >= lim && !fill()) return -1;
            char c = cb[pos++];
            if (skipLF) {
                skipLF = false;
                if (c == '\n') continue;
            }
            return c;
        }
    }

    public int read(char[] cbuf, int off, int len) throws IOException {
        if (off < 0 || len < 0 || len > cbuf.length - off) throw new IndexOutOfBoundsException();
        if (len == 0) return 0;
        int n = 0;
        while (n < len) {
            if (pos >= lim) {
                if (n > 0 && !in.ready()) break;
                if (!fill()) break;
            }
            char c = cb[pos++];
            if (skipLF) {
                skipLF = false;
                if (c == '\n') continue;
            }
            cbuf[off + n++] = c;
        }
        return n == 0 ? -1 : n;
    }

    /** The next line without its terminator, or null at the end of input. */
    public String readLine() throws IOException {
        StringBuilder sb = null;
        while (true) {
            if (pos >= lim && !fill()) return sb == null ? null : sb.toString();
            if (skipLF) {
                skipLF = false;
                if (cb[pos] == '\n') {
                    pos++;
                    continue;
                }
            }
            int i = pos;
            while (i < lim && cb[i] != '\n' && cb[i] != '\r') i++;
            if (i < lim) {
                String line;
                if (sb == null) line = new String(cb, pos, i - pos);
                else line = sb.append(cb, pos, i - pos).toString();
                if (cb[i] == '\r') skipLF = true;
                pos = i + 1;
                return line;
            }
            if (sb == null) sb = new StringBuilder(80);
            sb.append(cb, pos, lim - pos);
            pos = lim;
        }
    }

    public boolean ready() throws IOException {
        if (skipLF && pos < lim && cb[pos] == '\n') {
            pos++;
            skipLF = false;
        }
        return pos < lim || in.ready();
    }

    public void close() throws IOException {
        in.close();
    }
}
