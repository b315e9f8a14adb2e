package java.util;

public interface Set<E> extends Collection<E> {
    int size();

    boolean isEmpty();

    boolean contains(Object o);

    Iterator<E> iterator();

    Object[] toArray();

    <T> T[] toArray(T[] a);

    boolean add(E e);

    boolean remove(Object o);

    boolean containsAll(Collection<?> c);

    boolean addAll(Collection<? extends E> c);

    boolean retainAll(Collection<?> c);

    boolean removeAll(Collection<?> c);

    void clear();

    boolean equals(Object o);

    int hashCode();

    /** An unmodifiable set; it iterates in the order of the arguments (the JDK's order
     *  is deliberately unpredictable). Duplicates are an IllegalArgumentException. */
    static <E> Set<E> of() {
        return ImmutableCollections.setOf(new Object[0]);
    }

    static <E> Set<E> of(E e1) {
        Object[] a = {e1};
        return ImmutableCollections.setOf(a);
    }

    static <E> Set<E> of(E e1, E e2) {
        Object[] a = {e1, e2};
        return ImmutableCollections.setOf(a);
    }

    static <E> Set<E> of(E e1, E e2, E e3) {
        Object[] a = {e1, e2, e3};
        return ImmutableCollections.setOf(a);
    }

    static <E> Set<E> of(E... elements) {
        return ImmutableCollections.setOf(elements);
    }

    static <E> Set<E> copyOf(Collection<? extends E> coll) {
        if (coll instanceof ImmutableCollections.SetN) return (Set<E>) coll;
        return ImmutableCollections.setOf(new LinkedHashSet<E>(coll).toArray());
    }
}
