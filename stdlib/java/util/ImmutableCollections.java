package java.util;

/**
 * The unmodifiable collections of List.of, Set.of and Map.of. Nulls are refused, and
 * every mutator throws UnsupportedOperationException. Sets and maps iterate in the order
 * of their elements as given (the JDK randomizes that order per run).
 */
final class ImmutableCollections {
    private ImmutableCollections() {
    }

    static <E> List<E> listOf(Object[] input) {
        Object[] a = new Object[input.length];
        for (int i = 0; i < input.length; i++) a[i] = Objects.requireNonNull(input[i]);
        return new ListN<E>(a);
    }

    static <E> Set<E> setOf(Object[] input) {
        Object[] a = new Object[input.length];
        for (int i = 0; i < input.length; i++) {
            Object e = Objects.requireNonNull(input[i]);
            for (int j = 0; j < i; j++)
                if (a[j].equals(e)) throw new IllegalArgumentException("duplicate element: " + e);
            a[i] = e;
        }
        return new SetN<E>(a);
    }

    static <K, V> Map<K, V> mapOf(Object[] kv) {
        return new MapN<K, V>(kv, false);
    }

    static UnsupportedOperationException uoe() {
        return new UnsupportedOperationException();
    }

    static final class ListN<E> extends AbstractList<E> implements RandomAccess, java.io.Serializable {
        private final Object[] elements;

        ListN(Object[] elements) {
            this.elements = elements;
        }

        public int size() {
            return elements.length;
        }

        public E get(int index) {
            return (E) elements[Objects.checkIndex(index, elements.length)];
        }

        public int indexOf(Object o) {
            Objects.requireNonNull(o);
            for (int i = 0; i < elements.length; i++)
                if (o.equals(elements[i])) return i;
            return -1;
        }

        public int lastIndexOf(Object o) {
            Objects.requireNonNull(o);
            for (int i = elements.length - 1; i >= 0; i--)
                if (o.equals(elements[i])) return i;
            return -1;
        }

        public boolean contains(Object o) {
            return indexOf(o) >= 0;
        }

        public Object[] toArray() {
            return Arrays.copyOf(elements, elements.length);
        }

        public boolean add(E e) {
            throw uoe();
        }

        public boolean remove(Object o) {
            throw uoe();
        }

        public boolean addAll(Collection<? extends E> c) {
            throw uoe();
        }

        public boolean removeAll(Collection<?> c) {
            throw uoe();
        }

        public boolean retainAll(Collection<?> c) {
            throw uoe();
        }

        public void clear() {
            throw uoe();
        }

        public boolean removeIf(java.util.function.Predicate<? super E> filter) {
            throw uoe();
        }

        public void replaceAll(java.util.function.UnaryOperator<E> operator) {
            throw uoe();
        }

        public void sort(Comparator<? super E> c) {
            throw uoe();
        }
    }

    static final class SetN<E> extends AbstractSet<E> implements java.io.Serializable {
        private final Object[] elements;

        SetN(Object[] elements) {
            this.elements = elements;
        }

        public int size() {
            return elements.length;
        }

        public boolean contains(Object o) {
            Objects.requireNonNull(o);
            for (int i = 0; i < elements.length; i++)
                if (o.equals(elements[i])) return true;
            return false;
        }

        public Iterator<E> iterator() {
            return new Collections.UnmodifiableIterator<E>((Iterator<E>) Arrays.asList(elements).iterator());
        }

        public boolean add(E e) {
            throw uoe();
        }

        public boolean remove(Object o) {
            throw uoe();
        }

        public boolean addAll(Collection<? extends E> c) {
            throw uoe();
        }

        public boolean removeAll(Collection<?> c) {
            throw uoe();
        }

        public boolean retainAll(Collection<?> c) {
            throw uoe();
        }

        public void clear() {
            throw uoe();
        }
    }

    /** Keys and values alternate in kv. allowNulls is for Collections.singletonMap. */
    static final class MapN<K, V> extends AbstractMap<K, V> implements java.io.Serializable {
        private final Object[] kv;

        MapN(Object[] input, boolean allowNulls) {
            Object[] a = new Object[input.length];
            for (int i = 0; i < input.length; i += 2) {
                Object k = input[i], v = input[i + 1];
                if (!allowNulls) {
                    Objects.requireNonNull(k);
                    Objects.requireNonNull(v);
                }
                for (int j = 0; j < i; j += 2)
                    if (Objects.equals(a[j], k)) throw new IllegalArgumentException("duplicate key: " + k);
                a[i] = k;
                a[i + 1] = v;
            }
            kv = a;
        }

        public int size() {
            return kv.length / 2;
        }

        private int find(Object key) {
            for (int i = 0; i < kv.length; i += 2)
                if (Objects.equals(key, kv[i])) return i;
            return -1;
        }

        public boolean containsKey(Object key) {
            return find(key) >= 0;
        }

        public V get(Object key) {
            int i = find(key);
            return i < 0 ? null : (V) kv[i + 1];
        }

        public Set<Map.Entry<K, V>> entrySet() {
            Object[] entries = new Object[kv.length / 2];
            for (int i = 0; i < entries.length; i++)
                entries[i] = new AbstractMap.SimpleImmutableEntry<K, V>((K) kv[2 * i], (V) kv[2 * i + 1]);
            return new SetN<Map.Entry<K, V>>(entries);
        }

        public V put(K key, V value) {
            throw uoe();
        }

        public V remove(Object key) {
            throw uoe();
        }

        public void putAll(Map<? extends K, ? extends V> m) {
            throw uoe();
        }

        public void clear() {
            throw uoe();
        }

        public V putIfAbsent(K key, V value) {
            throw uoe();
        }

        public V merge(K key, V value, java.util.function.BiFunction<? super V, ? super V, ? extends V> f) {
            throw uoe();
        }

        public V computeIfAbsent(K key, java.util.function.Function<? super K, ? extends V> f) {
            throw uoe();
        }
    }
}
