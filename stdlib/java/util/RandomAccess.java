package java.util;

/** Marks lists with fast get(int). */
public interface RandomAccess {
}
