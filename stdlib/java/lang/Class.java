package java.lang;

/**
 * The mirror of a loaded class. The VM makes the instances (one per class) and keeps the
 * vm_Class pointer in vmClass; there is no public constructor.
 */
public final class Class<T> implements java.io.Serializable {
    private long vmClass;

    private Class() {
    }

    /** The binary name with dots: "java.lang.String", "Outer$Inner", "[I", "[Ljava.lang.String;". */
    public native String getName();

    public native boolean isInterface();

    /** The component type of an array class of references; null otherwise (also for
     *  arrays of primitives, which have no Class objects for their elements). */
    public native Class<?> getComponentType();

    /** The superclass; null for Object, interfaces and arrays' absent parents. */
    public native Class<? super T> getSuperclass();

    public native boolean isInstance(Object obj);

    public native boolean isAssignableFrom(Class<?> cls);

    public boolean isArray() {
        return getName().charAt(0) == '[';
    }

    public boolean isPrimitive() {
        return false;
    }

    /** The name without the package or enclosing classes; "int[]", "String[][]" for arrays. */
    public String getSimpleName() {
        String n = getName();
        if (n.charAt(0) == '[') {
            int dims = 0;
            while (n.charAt(dims) == '[') dims++;
            String base;
            switch (n.charAt(dims)) {
            case 'Z': base = "boolean"; break;
            case 'B': base = "byte"; break;
            case 'C': base = "char"; break;
            case 'S': base = "short"; break;
            case 'I': base = "int"; break;
            case 'J': base = "long"; break;
            case 'F': base = "float"; break;
            case 'D': base = "double"; break;
            default: base = simple(n.substring(dims + 1, n.length() - 1)); break;
            }
            StringBuilder sb = new StringBuilder(base);
            for (int i = 0; i < dims; i++) sb.append("[]");
            return sb.toString();
        }
        return simple(n);
    }

    private static String simple(String n) {
        int dot = n.lastIndexOf('.');
        int dollar = n.lastIndexOf('$');
        return n.substring(Math.max(dot, dollar) + 1);
    }

    /** "java.lang.String" for classes; for arrays, the element's name followed by "[]"s. */
    public String getTypeName() {
        if (!isArray()) return getName();
        String s = getSimpleName();
        String n = getName();
        int dims = 0;
        while (n.charAt(dims) == '[') dims++;
        if (n.charAt(dims) != 'L') return s;
        StringBuilder sb = new StringBuilder(n.substring(dims + 1, n.length() - 1));
        for (int i = 0; i < dims; i++) sb.append("[]");
        return sb.toString();
    }

    public String getPackageName() {
        String n = getName();
        if (n.charAt(0) == '[') return "java.lang";
        int dot = n.lastIndexOf('.');
        return dot < 0 ? "" : n.substring(0, dot);
    }

    /** Assertions are disabled: `assert` statements never run. */
    public boolean desiredAssertionStatus() {
        return false;
    }

    public T cast(Object obj) {
        if (obj != null && !isInstance(obj))
            throw new ClassCastException("Cannot cast " + obj.getClass().getName() + " to " + getName());
        return (T) obj;
    }

    public String toString() {
        return (isInterface() ? "interface " : "class ") + getName();
    }
}
