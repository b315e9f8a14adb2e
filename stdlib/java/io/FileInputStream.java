package java.io;

/** Reads a file descriptor (only the standard input is ever open). Standard output is
 *  flushed before each read, so a prompt shows before the program waits. */
public class FileInputStream extends InputStream {
    private final int fd;

    public FileInputStream(FileDescriptor fdObj) {
        this.fd = fdObj.fd;
    }

    public FileInputStream(String name) throws FileNotFoundException {
        throw new FileNotFoundException(name + " (files are not supported)");
    }

    /** Reads up to len bytes into b[off...]; the count, or -1 at the end of input. */
    private static native int readBytes(int fd, byte[] b, int off, int len);

    public int read() throws IOException {
        byte[] b = new byte[1];
        int n = readBytes(fd, b, 0, 1);
        return n <= 0 ? -1 : b[0] & 0xff;
    }

    public int read(byte[] b, int off, int len) throws IOException {
        if (off < 0 || len < 0 || len > b.length - off)
            throw new IndexOutOfBoundsException("Range [" + off + ", " + off + " + " + len + ") out of bounds for length " + b.length);
        if (len == 0) return 0;
        return readBytes(fd, b, off, len);
    }
}
