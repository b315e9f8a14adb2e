package java.lang;

import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.InputStream;
import java.io.PrintStream;

/** Standard streams, time, arraycopy, exit and a few properties. */
public final class System {
    public static final PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true);
    public static final PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true);
    public static final InputStream in = new FileInputStream(FileDescriptor.in);

    private System() {
    }

    public static native void exit(int status);

    public static native long currentTimeMillis();

    public static native long nanoTime();

    public static native void arraycopy(Object src, int srcPos, Object dest, int destPos, int length);

    public static native int identityHashCode(Object x);

    public static native void gc();

    /** The value of an environment variable, or null. */
    public static native String getenv(String name);

    /** The process's working directory. */
    private static native String cwd();

    public static String lineSeparator() {
        return "\n";
    }

    /**
     * A few of the JDK's properties: line.separator, file.separator, path.separator,
     * java.version, java.vendor, java.vm.name, os.name, os.arch, user.dir, user.home,
     * user.name, java.io.tmpdir, file.encoding; null for any other key.
     */
    public static String getProperty(String key) {
        if (key == null) throw new NullPointerException("key can't be null");
        if (key.isEmpty()) throw new IllegalArgumentException("key can't be empty");
        switch (key) {
        case "line.separator": return "\n";
        case "file.separator": return "/";
        case "path.separator": return ":";
        case "java.version": return "17";
        case "java.specification.version": return "17";
        case "java.vendor": return "Oak";
        case "java.vm.name": return "Oak";
        case "os.name": return "Linux";
        case "os.arch": return "amd64";
        case "file.encoding": return "UTF-8";
        case "java.io.tmpdir": return "/tmp";
        case "user.dir": return cwd();
        case "user.home": return getenv("HOME");
        case "user.name": return getenv("USER");
        default: return null;
        }
    }

    public static String getProperty(String key, String def) {
        String v = getProperty(key);
        return v == null ? def : v;
    }
}
