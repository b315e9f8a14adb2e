package java.lang;

/** Marks classes whose instances Object.clone() may copy; arrays are all Cloneable. */
public interface Cloneable {
}
