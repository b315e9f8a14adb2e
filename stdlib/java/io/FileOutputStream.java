package java.io;

/** Writes to a file descriptor; 1 and 2 go through the VM's buffers of System.out/err. */
public class FileOutputStream extends OutputStream {
    final int fd;

    public FileOutputStream(FileDescriptor fdObj) {
        this.fd = fdObj.fd;
    }

    public FileOutputStream(String name) throws FileNotFoundException {
        throw new FileNotFoundException(name + " (files are not supported)");
    }

    static native void writeBytes(int fd, byte[] b, int off, int len);

    /** Flushes the VM's buffers of standard output and error. */
    static native void flushStd();

    public void write(int b) throws IOException {
        byte[] a = new byte[1];
        a[0] = (byte) b;
        writeBytes(fd, a, 0, 1);
    }

    public void write(byte[] b, int off, int len) throws IOException {
        if (off < 0 || len < 0 || len > b.length - off)
            throw new IndexOutOfBoundsException("Range [" + off + ", " + off + " + " + len + ") out of bounds for length " + b.length);
        writeBytes(fd, b, off, len);
    }

    public void flush() throws IOException {
        flushStd();
    }
}
