// hashmaps: two hash maps written here (java.util is not available): an int -> int map
// with open addressing (linear probing, tombstones, resizing) and a generic chained map
// used as ChainMap<String, Integer> (hashCode/equals, boxing). Counts key frequencies,
// removes and looks up keys, and checks everything against plain arrays. Size: operations
// (default 500000).
public class HashMaps {
    static final class IntIntMap {
        static final byte EMPTY = 0, USED = 1, DELETED = 2;
        int[] keys, values;
        byte[] state;
        int size, occupied, mask;

        IntIntMap() { allocate(16); }

        void allocate(int capacity) {
            keys = new int[capacity];
            values = new int[capacity];
            state = new byte[capacity];
            mask = capacity - 1;
            size = 0;
            occupied = 0;
        }

        static int hash(int key) {
            int h = key * 0x9E3779B9;
            return h ^ (h >>> 16);
        }

        int find(int key) {
            int i = hash(key) & mask;
            while (state[i] != EMPTY) {
                if (state[i] == USED && keys[i] == key) return i;
                i = (i + 1) & mask;
            }
            return -1;
        }

        int get(int key, int absent) {
            int i = find(key);
            return i < 0 ? absent : values[i];
        }

        boolean containsKey(int key) { return find(key) >= 0; }

        void put(int key, int value) {
            int i = hash(key) & mask, tomb = -1;
            while (state[i] != EMPTY) {
                if (state[i] == USED && keys[i] == key) {
                    values[i] = value;
                    return;
                }
                if (state[i] == DELETED && tomb < 0) tomb = i;
                i = (i + 1) & mask;
            }
            if (tomb >= 0) i = tomb;
            else occupied++;
            keys[i] = key;
            values[i] = value;
            state[i] = USED;
            size++;
            if (occupied * 4 >= keys.length * 3) rehash(size * 4 >= keys.length ? keys.length * 2 : keys.length);
        }

        boolean remove(int key) {
            int i = find(key);
            if (i < 0) return false;
            state[i] = DELETED;
            size--;
            return true;
        }

        void rehash(int capacity) {
            int[] oldKeys = keys, oldValues = values;
            byte[] oldState = state;
            allocate(capacity);
            for (int i = 0; i < oldKeys.length; i++) {
                if (oldState[i] == USED) put(oldKeys[i], oldValues[i]);
            }
        }
    }

    static final class Entry<K, V> {
        final K key;
        final int hash;
        V value;
        Entry<K, V> next;

        Entry(K key, int hash, V value, Entry<K, V> next) {
            this.key = key;
            this.hash = hash;
            this.value = value;
            this.next = next;
        }
    }

    static final class ChainMap<K, V> {
        Entry<K, V>[] table;
        int size;

        @SuppressWarnings("unchecked")
        ChainMap() { table = (Entry<K, V>[]) new Entry[16]; }

        static int spread(int h) { return h ^ (h >>> 16); }

        V get(K key) {
            int h = spread(key.hashCode());
            for (Entry<K, V> e = table[h & (table.length - 1)]; e != null; e = e.next) {
                if (e.hash == h && e.key.equals(key)) return e.value;
            }
            return null;
        }

        void put(K key, V value) {
            int h = spread(key.hashCode());
            int i = h & (table.length - 1);
            for (Entry<K, V> e = table[i]; e != null; e = e.next) {
                if (e.hash == h && e.key.equals(key)) {
                    e.value = value;
                    return;
                }
            }
            table[i] = new Entry<K, V>(key, h, value, table[i]);
            if (++size > table.length * 3 / 4) resize();
        }

        V remove(K key) {
            int h = spread(key.hashCode());
            int i = h & (table.length - 1);
            Entry<K, V> prev = null;
            for (Entry<K, V> e = table[i]; e != null; prev = e, e = e.next) {
                if (e.hash == h && e.key.equals(key)) {
                    if (prev == null) table[i] = e.next;
                    else prev.next = e.next;
                    size--;
                    return e.value;
                }
            }
            return null;
        }

        @SuppressWarnings("unchecked")
        void resize() {
            Entry<K, V>[] old = table;
            table = (Entry<K, V>[]) new Entry[old.length * 2];
            for (int i = 0; i < old.length; i++) {
                Entry<K, V> e = old[i];
                while (e != null) {
                    Entry<K, V> next = e.next;
                    int j = e.hash & (table.length - 1);
                    e.next = table[j];
                    table[j] = e;
                    e = next;
                }
            }
        }
    }

    static int seed = 12345;

    static int next(int bound) {
        seed = seed * 1664525 + 1013904223;
        return (seed >>> 8) % bound;
    }

    public static void main(String[] args) {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 500000;
        boolean good = true;

        // int -> int: key frequencies
        int range = n / 4 + 1;
        int[] counts = new int[range];
        IntIntMap map = new IntIntMap();
        for (int i = 0; i < n; i++) {
            int key = next(range);
            counts[key]++;
            map.put(key, map.get(key, 0) + 1);
        }
        int removed = 0;
        for (int key = 0; key < range; key += 3) {
            if (map.remove(key)) removed++;
        }
        long intSum = 0;
        int present = 0;
        for (int key = 0; key < range; key++) {
            int want = key % 3 == 0 ? -1 : (counts[key] == 0 ? -1 : counts[key]);
            int got = map.get(key, -1);
            if (got != want) good = false;
            if (got >= 0) {
                present++;
                intSum += (long) key * got;
            }
        }
        if (present != map.size) good = false;

        // String -> Integer: word frequencies
        int words = n / 20 + 1;
        int[] wordCounts = new int[words];
        ChainMap<String, Integer> wmap = new ChainMap<String, Integer>();
        for (int i = 0; i < n / 2; i++) {
            int w = next(words);
            wordCounts[w]++;
            String word = "w" + w;
            Integer c = wmap.get(word);
            wmap.put(word, c == null ? 1 : c + 1);
        }
        int wremoved = 0;
        for (int w = 1; w < words; w += 2) {
            if (wmap.remove("w" + w) != null) wremoved++;
        }
        long wordSum = 0;
        for (int w = 0; w < words; w++) {
            Integer c = wmap.get("w" + w);
            int want = w % 2 == 1 || wordCounts[w] == 0 ? -1 : wordCounts[w];
            int got = c == null ? -1 : c.intValue();
            if (got != want) good = false;
            if (got > 0) wordSum += (long) w * got;
        }

        System.out.println("int map: " + map.size + " keys, " + removed + " removed, checksum " + intSum);
        System.out.println("string map: " + wmap.size + " keys, " + wremoved + " removed, checksum " + wordSum);
        if (!good) {
            System.out.println("FAIL: a map disagrees with the arrays");
            System.exit(1);
        }
        System.out.println("ok");
    }
}
