package java.lang;

/** One frame of a throwable's recorded stack, as Throwable.getStackTrace() returns them. */
public final class StackTraceElement implements java.io.Serializable {
    private final String declaringClass;
    private final String methodName;
    private final String fileName;
    private final int lineNumber;

    public StackTraceElement(String declaringClass, String methodName, String fileName, int lineNumber) {
        this.declaringClass = declaringClass;
        this.methodName = methodName;
        this.fileName = fileName;
        this.lineNumber = lineNumber;
    }

    public String getClassName() {
        return declaringClass;
    }

    public String getMethodName() {
        return methodName;
    }

    public String getFileName() {
        return fileName;
    }

    public int getLineNumber() {
        return lineNumber;
    }

    public boolean isNativeMethod() {
        return lineNumber == -2;
    }

    public String toString() {
        String where;
        if (lineNumber == -2) where = "Native Method";
        else if (fileName == null) where = "Unknown Source";
        else if (lineNumber >= 0) where = fileName + ":" + lineNumber;
        else where = fileName;
        return declaringClass + "." + methodName + "(" + where + ")";
    }

    public boolean equals(Object obj) {
        if (obj == this) return true;
        if (!(obj instanceof StackTraceElement)) return false;
        StackTraceElement e = (StackTraceElement) obj;
        return e.lineNumber == lineNumber && declaringClass.equals(e.declaringClass)
                && methodName.equals(e.methodName) && java.util.Objects.equals(fileName, e.fileName);
    }

    public int hashCode() {
        int result = 31 * declaringClass.hashCode() + methodName.hashCode();
        result = 31 * result + java.util.Objects.hashCode(fileName);
        return 31 * result + lineNumber;
    }

    /* The VM's backtrace is a long[] of (method, pc) pairs; these natives describe one. */
    private static native String frameClass(long method);
    private static native String frameMethod(long method);
    private static native String frameFile(long method);
    /** The source line of pc in method, -1 if unknown, -2 for a native method. */
    private static native int frameLine(long method, long pc);

    static StackTraceElement[] of(Throwable t, Object backtrace) {
        if (!(backtrace instanceof long[])) return new StackTraceElement[0];
        long[] bt = (long[]) backtrace;
        StackTraceElement[] r = new StackTraceElement[bt.length / 2];
        for (int i = 0; i < r.length; i++) {
            long m = bt[2 * i], pc = bt[2 * i + 1];
            r[i] = new StackTraceElement(frameClass(m), frameMethod(m), frameFile(m), frameLine(m, pc));
        }
        return r;
    }
}
