package java.util;

import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * A hash table with the JDK's layout, so that it iterates in the JDK's order:
 *
 *   hash(key) = h ^ (h >>> 16), h = key.hashCode() (0 for null)
 *   bucket    = hash & (table.length - 1); table.length is a power of two, 16 by default
 *   put       appends to the bucket's chain; size > threshold (0.75 * length) doubles the
 *             table, splitting each chain into a low and a high chain in order
 *   computeIfAbsent/compute/merge insert a new key at the head of its chain (as the JDK)
 *
 * The JDK turns a chain of more than 8 nodes into a tree when the table has 64 buckets or
 * more, and a table smaller than that is doubled instead: the doubling is done here too,
 * the tree is not (its iteration order can differ from the JDK's; that takes 9 keys in one
 * bucket). LinkedHashMap hooks into newNode and the after* methods.
 */
public class HashMap<K, V> extends AbstractMap<K, V> implements Map<K, V>, Cloneable, java.io.Serializable {
    static final int DEFAULT_INITIAL_CAPACITY = 16;
    static final int MAXIMUM_CAPACITY = 1 << 30;
    static final float DEFAULT_LOAD_FACTOR = 0.75f;
    static final int TREEIFY_THRESHOLD = 8;
    static final int MIN_TREEIFY_CAPACITY = 64;

    static class Node<K, V> implements Map.Entry<K, V> {
        final int hash;
        final K key;
        V value;
        Node<K, V> next;

        Node(int hash, K key, V value, Node<K, V> next) {
            this.hash = hash;
            this.key = key;
            this.value = value;
            this.next = next;
        }

        public final K getKey() {
            return key;
        }

        public final V getValue() {
            return value;
        }

        public final String toString() {
            return key + "=" + value;
        }

        public final int hashCode() {
            return Objects.hashCode(key) ^ Objects.hashCode(value);
        }

        public final V setValue(V newValue) {
            V oldValue = value;
            value = newValue;
            return oldValue;
        }

        public final boolean equals(Object o) {
            if (o == this) return true;
            if (!(o instanceof Map.Entry)) return false;
            Map.Entry<?, ?> e = (Map.Entry<?, ?>) o;
            return Objects.equals(key, e.getKey()) && Objects.equals(value, e.getValue());
        }
    }

    static final int hash(Object key) {
        int h;
        return (key == null) ? 0 : (h = key.hashCode()) ^ (h >>> 16);
    }

    /** The smallest power of two >= cap (1 at least, MAXIMUM_CAPACITY at most). */
    static final int tableSizeFor(int cap) {
        int n = -1 >>> Integer.numberOfLeadingZeros(cap - 1);
        return (n < 0) ? 1 : (n >= MAXIMUM_CAPACITY) ? MAXIMUM_CAPACITY : n + 1;
    }

    Node<K, V>[] table;
    int size;
    int modCount;
    /** The size at which to resize; before the table exists, its initial length (0: 16). */
    int threshold;
    final float loadFactor;

    public HashMap(int initialCapacity, float loadFactor) {
        if (initialCapacity < 0) throw new IllegalArgumentException("Illegal initial capacity: " + initialCapacity);
        if (initialCapacity > MAXIMUM_CAPACITY) initialCapacity = MAXIMUM_CAPACITY;
        if (loadFactor <= 0 || loadFactor != loadFactor)
            throw new IllegalArgumentException("Illegal load factor: " + loadFactor);
        this.loadFactor = loadFactor;
        this.threshold = tableSizeFor(initialCapacity);
    }

    public HashMap(int initialCapacity) {
        this(initialCapacity, DEFAULT_LOAD_FACTOR);
    }

    public HashMap() {
        this.loadFactor = DEFAULT_LOAD_FACTOR;
    }

    public HashMap(Map<? extends K, ? extends V> m) {
        this.loadFactor = DEFAULT_LOAD_FACTOR;
        putMapEntries(m, false);
    }

    final void putMapEntries(Map<? extends K, ? extends V> m, boolean evict) {
        int s = m.size();
        if (s > 0) {
            if (table == null) {
                float ft = ((float) s / loadFactor) + 1.0F;
                int t = ((ft < (float) MAXIMUM_CAPACITY) ? (int) ft : MAXIMUM_CAPACITY);
                if (t > threshold) threshold = tableSizeFor(t);
            } else {
                while (s > threshold && table.length < MAXIMUM_CAPACITY) resize();
            }
            Iterator<? extends Map.Entry<? extends K, ? extends V>> it = m.entrySet().iterator();
            while (it.hasNext()) {
                Map.Entry<? extends K, ? extends V> e = it.next();
                K key = e.getKey();
                putVal(hash(key), key, e.getValue(), false, evict);
            }
        }
    }

    public int size() {
        return size;
    }

    public boolean isEmpty() {
        return size == 0;
    }

    public V get(Object key) {
        Node<K, V> e = getNode(key);
        return e == null ? null : e.value;
    }

    final Node<K, V> getNode(Object key) {
        Node<K, V>[] tab = table;
        if (tab == null) return null;
        int hash = hash(key);
        Node<K, V> e = tab[(tab.length - 1) & hash];
        while (e != null) {
            if (e.hash == hash) {
                Object k = e.key;
                if (k == key || (key != null && key.equals(k))) return e;
            }
            e = e.next;
        }
        return null;
    }

    public boolean containsKey(Object key) {
        return getNode(key) != null;
    }

    public V put(K key, V value) {
        return putVal(hash(key), key, value, false, true);
    }

    final V putVal(int hash, K key, V value, boolean onlyIfAbsent, boolean evict) {
        Node<K, V>[] tab = table;
        if (tab == null || tab.length == 0) tab = resize();
        int n = tab.length;
        int i = (n - 1) & hash;
        Node<K, V> p = tab[i];
        Node<K, V> e = null;
        if (p == null) {
            tab[i] = newNode(hash, key, value, null);
        } else {
            Object k = p.key;
            if (p.hash == hash && (k == key || (key != null && key.equals(k)))) {
                e = p;
            } else {
                for (int binCount = 0;; ++binCount) {
                    e = p.next;
                    if (e == null) {
                        p.next = newNode(hash, key, value, null);
                        if (binCount >= TREEIFY_THRESHOLD - 1) treeifyBin(tab);
                        break;
                    }
                    k = e.key;
                    if (e.hash == hash && (k == key || (key != null && key.equals(k)))) break;
                    p = e;
                }
            }
            if (e != null) {
                V oldValue = e.value;
                if (!onlyIfAbsent || oldValue == null) e.value = value;
                afterNodeAccess(e);
                return oldValue;
            }
        }
        ++modCount;
        if (++size > threshold) resize();
        afterNodeInsertion(evict);
        return null;
    }

    /** A bin grew past 8 nodes: the JDK doubles a table of fewer than 64 buckets (and
     *  would make a larger table's bin a tree, which does not change lookups). */
    private void treeifyBin(Node<K, V>[] tab) {
        if (tab.length < MIN_TREEIFY_CAPACITY) resize();
    }

    /** Makes the table, or doubles it keeping each chain's order. */
    final Node<K, V>[] resize() {
        Node<K, V>[] oldTab = table;
        int oldCap = (oldTab == null) ? 0 : oldTab.length;
        int oldThr = threshold;
        int newCap, newThr = 0;
        if (oldCap > 0) {
            if (oldCap >= MAXIMUM_CAPACITY) {
                threshold = Integer.MAX_VALUE;
                return oldTab;
            }
            newCap = oldCap << 1;
            if (newCap < MAXIMUM_CAPACITY && oldCap >= DEFAULT_INITIAL_CAPACITY) newThr = oldThr << 1;
        } else if (oldThr > 0) {
            newCap = oldThr;
        } else {
            newCap = DEFAULT_INITIAL_CAPACITY;
            newThr = (int) (DEFAULT_LOAD_FACTOR * DEFAULT_INITIAL_CAPACITY);
        }
        if (newThr == 0) {
            float ft = (float) newCap * loadFactor;
            newThr = (newCap < MAXIMUM_CAPACITY && ft < (float) MAXIMUM_CAPACITY ? (int) ft : Integer.MAX_VALUE);
        }
        threshold = newThr;
        Node<K, V>[] newTab = (Node<K, V>[]) new Node[newCap];
        table = newTab;
        if (oldTab != null) {
            for (int j = 0; j < oldCap; ++j) {
                Node<K, V> e = oldTab[j];
                if (e == null) continue;
                oldTab[j] = null;
                if (e.next == null) {
                    newTab[e.hash & (newCap - 1)] = e;
                    continue;
                }
                Node<K, V> loHead = null, loTail = null, hiHead = null, hiTail = null, next;
                do {
                    next = e.next;
                    if ((e.hash & oldCap) == 0) {
                        if (loTail == null) loHead = e;
                        else loTail.next = e;
                        loTail = e;
                    } else {
                        if (hiTail == null) hiHead = e;
                        else hiTail.next = e;
                        hiTail = e;
                    }
                    e = next;
                } while (e != null);
                if (loTail != null) {
                    loTail.next = null;
                    newTab[j] = loHead;
                }
                if (hiTail != null) {
                    hiTail.next = null;
                    newTab[j + oldCap] = hiHead;
                }
            }
        }
        return newTab;
    }

    public void putAll(Map<? extends K, ? extends V> m) {
        putMapEntries(m, true);
    }

    public V remove(Object key) {
        Node<K, V> e = removeNode(hash(key), key, null, false);
        return e == null ? null : e.value;
    }

    /** Unlinks the node of key (and of value, if matchValue); returns it or null. */
    final Node<K, V> removeNode(int hash, Object key, Object value, boolean matchValue) {
        Node<K, V>[] tab = table;
        if (tab == null) return null;
        int index = (tab.length - 1) & hash;
        Node<K, V> p = tab[index], prev = null;
        while (p != null) {
            Object k = p.key;
            if (p.hash == hash && (k == key || (key != null && key.equals(k)))) break;
            prev = p;
            p = p.next;
        }
        if (p == null) return null;
        if (matchValue) {
            Object v = p.value;
            if (!(v == value || (value != null && value.equals(v)))) return null;
        }
        if (prev == null) tab[index] = p.next;
        else prev.next = p.next;
        ++modCount;
        --size;
        afterNodeRemoval(p);
        return p;
    }

    public void clear() {
        modCount++;
        Node<K, V>[] tab = table;
        if (tab != null && size > 0) {
            size = 0;
            for (int i = 0; i < tab.length; ++i) tab[i] = null;
        }
    }

    public boolean containsValue(Object value) {
        Node<K, V>[] tab = table;
        if (tab != null && size > 0) {
            for (int i = 0; i < tab.length; i++) {
                for (Node<K, V> e = tab[i]; e != null; e = e.next) {
                    Object v = e.value;
                    if (v == value || (value != null && value.equals(v))) return true;
                }
            }
        }
        return false;
    }

    public V getOrDefault(Object key, V defaultValue) {
        Node<K, V> e = getNode(key);
        return e == null ? defaultValue : e.value;
    }

    public V putIfAbsent(K key, V value) {
        return putVal(hash(key), key, value, true, true);
    }

    public boolean remove(Object key, Object value) {
        return removeNode(hash(key), key, value, true) != null;
    }

    public boolean replace(K key, V oldValue, V newValue) {
        Node<K, V> e = getNode(key);
        if (e != null && Objects.equals(e.value, oldValue)) {
            e.value = newValue;
            afterNodeAccess(e);
            return true;
        }
        return false;
    }

    public V replace(K key, V value) {
        Node<K, V> e = getNode(key);
        if (e != null) {
            V oldValue = e.value;
            e.value = value;
            afterNodeAccess(e);
            return oldValue;
        }
        return null;
    }

    /** The node of key in tab[i] (i for key's hash), or null; binCount[0] gets the chain's
     *  length up to it, as the JDK counts it. */
    private Node<K, V> findInBin(Node<K, V> first, int hash, Object key, int[] binCount) {
        Node<K, V> e = first;
        int n = 0;
        while (e != null) {
            Object k = e.key;
            if (e.hash == hash && (k == key || (key != null && key.equals(k)))) {
                binCount[0] = n;
                return e;
            }
            ++n;
            e = e.next;
        }
        binCount[0] = n;
        return null;
    }

    public V computeIfAbsent(K key, Function<? super K, ? extends V> mappingFunction) {
        if (mappingFunction == null) throw new NullPointerException();
        int hash = hash(key);
        Node<K, V>[] tab = table;
        if (size > threshold || tab == null || tab.length == 0) tab = resize();
        int i = (tab.length - 1) & hash;
        Node<K, V> first = tab[i];
        int[] binCount = new int[1];
        Node<K, V> old = findInBin(first, hash, key, binCount);
        if (old != null && old.value != null) {
            afterNodeAccess(old);
            return old.value;
        }
        int mc = modCount;
        V v = mappingFunction.apply(key);
        if (mc != modCount) throw new ConcurrentModificationException();
        if (v == null) return null;
        if (old != null) {
            old.value = v;
            afterNodeAccess(old);
            return v;
        }
        tab[i] = newNode(hash, key, v, first);
        if (binCount[0] >= TREEIFY_THRESHOLD - 1) treeifyBin(tab);
        modCount = mc + 1;
        ++size;
        afterNodeInsertion(true);
        return v;
    }

    public V computeIfPresent(K key, BiFunction<? super K, ? super V, ? extends V> remappingFunction) {
        if (remappingFunction == null) throw new NullPointerException();
        Node<K, V> e = getNode(key);
        if (e != null && e.value != null) {
            int mc = modCount;
            V v = remappingFunction.apply(key, e.value);
            if (mc != modCount) throw new ConcurrentModificationException();
            if (v != null) {
                e.value = v;
                afterNodeAccess(e);
                return v;
            }
            removeNode(hash(key), key, null, false);
        }
        return null;
    }

    public V compute(K key, BiFunction<? super K, ? super V, ? extends V> remappingFunction) {
        if (remappingFunction == null) throw new NullPointerException();
        int hash = hash(key);
        Node<K, V>[] tab = table;
        if (size > threshold || tab == null || tab.length == 0) tab = resize();
        int i = (tab.length - 1) & hash;
        Node<K, V> first = tab[i];
        int[] binCount = new int[1];
        Node<K, V> old = findInBin(first, hash, key, binCount);
        V oldValue = old == null ? null : old.value;
        int mc = modCount;
        V v = remappingFunction.apply(key, oldValue);
        if (mc != modCount) throw new ConcurrentModificationException();
        if (old != null) {
            if (v != null) {
                old.value = v;
                afterNodeAccess(old);
            } else {
                removeNode(hash, key, null, false);
            }
        } else if (v != null) {
            tab[i] = newNode(hash, key, v, first);
            if (binCount[0] >= TREEIFY_THRESHOLD - 1) treeifyBin(tab);
            modCount = mc + 1;
            ++size;
            afterNodeInsertion(true);
        }
        return v;
    }

    public V merge(K key, V value, BiFunction<? super V, ? super V, ? extends V> remappingFunction) {
        if (value == null || remappingFunction == null) throw new NullPointerException();
        int hash = hash(key);
        Node<K, V>[] tab = table;
        if (size > threshold || tab == null || tab.length == 0) tab = resize();
        int i = (tab.length - 1) & hash;
        Node<K, V> first = tab[i];
        int[] binCount = new int[1];
        Node<K, V> old = findInBin(first, hash, key, binCount);
        if (old != null) {
            V v;
            if (old.value != null) {
                int mc = modCount;
                v = remappingFunction.apply(old.value, value);
                if (mc != modCount) throw new ConcurrentModificationException();
            } else {
                v = value;
            }
            if (v != null) {
                old.value = v;
                afterNodeAccess(old);
            } else {
                removeNode(hash, key, null, false);
            }
            return v;
        }
        tab[i] = newNode(hash, key, value, first);
        if (binCount[0] >= TREEIFY_THRESHOLD - 1) treeifyBin(tab);
        ++modCount;
        ++size;
        afterNodeInsertion(true);
        return value;
    }

    public void forEach(BiConsumer<? super K, ? super V> action) {
        if (action == null) throw new NullPointerException();
        Node<K, V>[] tab = table;
        if (size > 0 && tab != null) {
            int mc = modCount;
            for (int i = 0; i < tab.length; i++)
                for (Node<K, V> e = tab[i]; e != null; e = e.next) action.accept(e.key, e.value);
            if (modCount != mc) throw new ConcurrentModificationException();
        }
    }

    public void replaceAll(BiFunction<? super K, ? super V, ? extends V> function) {
        if (function == null) throw new NullPointerException();
        Node<K, V>[] tab = table;
        if (size > 0 && tab != null) {
            int mc = modCount;
            for (int i = 0; i < tab.length; i++)
                for (Node<K, V> e = tab[i]; e != null; e = e.next) e.value = function.apply(e.key, e.value);
            if (modCount != mc) throw new ConcurrentModificationException();
        }
    }

    /** A shallow copy, sized for the current entries (as the JDK's clone). */
    public Object clone() {
        HashMap<K, V> result = new HashMap<K, V>(0, loadFactor);
        result.threshold = 0;
        result.putMapEntries(this, false);
        return result;
    }

    /* ---- hooks for LinkedHashMap ---- */

    Node<K, V> newNode(int hash, K key, V value, Node<K, V> next) {
        return new Node<K, V>(hash, key, value, next);
    }

    void afterNodeAccess(Node<K, V> p) {
    }

    void afterNodeInsertion(boolean evict) {
    }

    void afterNodeRemoval(Node<K, V> p) {
    }

    /** kind: 0 keys, 1 values, 2 entries. */
    Iterator<?> newIterator(int kind) {
        return new HashIterator(this, kind);
    }

    /* ---- views ---- */

    public Set<K> keySet() {
        return new KeySet<K>(this);
    }

    public Collection<V> values() {
        return new Values<V>(this);
    }

    public Set<Map.Entry<K, V>> entrySet() {
        return new EntrySet<K, V>(this);
    }

    static final class KeySet<K> extends AbstractSet<K> {
        private final HashMap<K, ?> map;

        KeySet(HashMap<K, ?> map) {
            this.map = map;
        }

        public int size() {
            return map.size;
        }

        public void clear() {
            map.clear();
        }

        public Iterator<K> iterator() {
            return (Iterator<K>) map.newIterator(0);
        }

        public boolean contains(Object o) {
            return map.containsKey(o);
        }

        public boolean remove(Object key) {
            return map.removeNode(hash(key), key, null, false) != null;
        }
    }

    static final class Values<V> extends AbstractCollection<V> {
        private final HashMap<?, V> map;

        Values(HashMap<?, V> map) {
            this.map = map;
        }

        public int size() {
            return map.size;
        }

        public void clear() {
            map.clear();
        }

        public Iterator<V> iterator() {
            return (Iterator<V>) map.newIterator(1);
        }

        public boolean contains(Object o) {
            return map.containsValue(o);
        }
    }

    static final class EntrySet<K, V> extends AbstractSet<Map.Entry<K, V>> {
        private final HashMap<K, V> map;

        EntrySet(HashMap<K, V> map) {
            this.map = map;
        }

        public int size() {
            return map.size;
        }

        public void clear() {
            map.clear();
        }

        public Iterator<Map.Entry<K, V>> iterator() {
            return (Iterator<Map.Entry<K, V>>) map.newIterator(2);
        }

        public boolean contains(Object o) {
            if (!(o instanceof Map.Entry)) return false;
            Map.Entry<?, ?> e = (Map.Entry<?, ?>) o;
            Node<K, V> candidate = map.getNode(e.getKey());
            return candidate != null && candidate.equals(e);
        }

        public boolean remove(Object o) {
            if (o instanceof Map.Entry) {
                Map.Entry<?, ?> e = (Map.Entry<?, ?>) o;
                Object key = e.getKey();
                return map.removeNode(hash(key), key, e.getValue(), true) != null;
            }
            return false;
        }
    }

    /** Walks the table in bucket order, each chain in order; fail-fast. */
    static final class HashIterator implements Iterator<Object> {
        private final HashMap<?, ?> map;
        private final int kind;
        private Node<?, ?> next;
        private Node<?, ?> current;
        private int expectedModCount;
        private int index;

        HashIterator(HashMap<?, ?> map, int kind) {
            this.map = map;
            this.kind = kind;
            expectedModCount = map.modCount;
            Node<?, ?>[] t = map.table;
            if (t != null && map.size > 0) {
                while (index < t.length && (next = t[index++]) == null) {
                }
            }
        }

        public boolean hasNext() {
            return next != null;
        }

        public Object next() {
            Node<?, ?>[] t;
            Node<?, ?> e = next;
            if (map.modCount != expectedModCount) throw new ConcurrentModificationException();
            if (e == null) throw new NoSuchElementException();
            current = e;
            next = e.next;
            if (next == null && (t = map.table) != null) {
                while (index < t.length && (next = t[index++]) == null) {
                }
            }
            return kind == 0 ? e.key : kind == 1 ? e.value : e;
        }

        public void remove() {
            Node<?, ?> p = current;
            if (p == null) throw new IllegalStateException();
            if (map.modCount != expectedModCount) throw new ConcurrentModificationException();
            current = null;
            map.removeNode(p.hash, p.key, null, false);
            expectedModCount = map.modCount;
        }
    }
}
