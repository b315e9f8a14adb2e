package java.lang.reflect;

/** Creates and measures arrays reflectively (only what the collections need). */
public final class Array {
    private Array() {
    }

    /** A new array of length elements of componentType (a reference type). */
    public static native Object newInstance(Class<?> componentType, int length) throws NegativeArraySizeException;

    public static int getLength(Object array) {
        if (array instanceof Object[]) return ((Object[]) array).length;
        if (array instanceof int[]) return ((int[]) array).length;
        if (array instanceof long[]) return ((long[]) array).length;
        if (array instanceof double[]) return ((double[]) array).length;
        if (array instanceof char[]) return ((char[]) array).length;
        if (array instanceof byte[]) return ((byte[]) array).length;
        if (array instanceof boolean[]) return ((boolean[]) array).length;
        if (array instanceof short[]) return ((short[]) array).length;
        if (array instanceof float[]) return ((float[]) array).length;
        if (array == null) throw new NullPointerException();
        throw new IllegalArgumentException("Argument is not an array");
    }
}
