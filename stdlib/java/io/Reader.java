package java.io;

public abstract class Reader implements Closeable {
    protected Reader() {
    }

    /** Reads up to len chars into cbuf[off...]; the count, or -1 at the end. */
    public abstract int read(char[] cbuf, int off, int len) throws IOException;

    public abstract void close() throws IOException;

    public int read() throws IOException {
        char[] cb = new char[1];
        return read(cb, 0, 1) == -1 ? -1 : cb[0];
    }

    public int read(char[] cbuf) throws IOException {
        return read(cbuf, 0, cbuf.length);
    }

    public boolean ready() throws IOException {
        return false;
    }

    public long skip(long n) throws IOException {
        long k = 0;
        while (k < n && read() >= 0) k++;
        return k;
    }

    public boolean markSupported() {
        return false;
    }

    public void mark(int readAheadLimit) throws IOException {
        throw new IOException("mark() not supported");
    }

    public void reset() throws IOException {
        throw new IOException("reset() not supported");
    }
}
