package java.lang;

/** The root class. hashCode, getClass and clone are natives (the identity hash, the
 *  class mirror, a shallow copy). */
public class Object {
    public Object() {
    }

    public final native Class<?> getClass();

    public native int hashCode();

    public boolean equals(Object obj) {
        return this == obj;
    }

    /** A shallow copy of an array, or of an object whose class implements Cloneable. */
    protected native Object clone() throws CloneNotSupportedException;

    public String toString() {
        return getClass().getName() + "@" + Integer.toHexString(hashCode());
    }
}
