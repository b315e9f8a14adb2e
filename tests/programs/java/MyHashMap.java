// A generic hash map with separate chaining and resizing, using hashCode/equals of
// String, Integer and a user key class; word counting.
// expect: to: 3
// expect: be: 2
// expect: or: 1
// expect: question: 1
// expect: missing: null
// expect: 9 16
// expect: 3 null 8
// expect: v-50v0v45null
// expect: v0 zero 21
// expect: abnull nullkey
// expect: true false
class HashMap<K, V> {
    static class Entry<K, V> {
        final K key;
        V value;
        Entry<K, V> next;
        Entry(K k, V v, Entry<K, V> n) { key = k; value = v; next = n; }
    }
    private Entry<K, V>[] table;
    private int size;
    @SuppressWarnings("unchecked")
    HashMap() { table = (Entry<K, V>[]) new Entry[4]; }
    private int index(Object key, int len) {
        int h = key == null ? 0 : key.hashCode();
        h ^= h >>> 16;
        return h & (len - 1);
    }
    V get(Object key) {
        for (Entry<K, V> e = table[index(key, table.length)]; e != null; e = e.next)
            if (key == null ? e.key == null : key.equals(e.key)) return e.value;
        return null;
    }
    boolean containsKey(Object key) {
        for (Entry<K, V> e = table[index(key, table.length)]; e != null; e = e.next)
            if (key == null ? e.key == null : key.equals(e.key)) return true;
        return false;
    }
    V put(K key, V value) {
        int i = index(key, table.length);
        for (Entry<K, V> e = table[i]; e != null; e = e.next) {
            if (key == null ? e.key == null : key.equals(e.key)) { V old = e.value; e.value = value; return old; }
        }
        table[i] = new Entry<>(key, value, table[i]);
        if (++size > table.length * 3 / 4) resize();
        return null;
    }
    V remove(Object key) {
        int i = index(key, table.length);
        Entry<K, V> prev = null;
        for (Entry<K, V> e = table[i]; e != null; prev = e, e = e.next) {
            if (key == null ? e.key == null : key.equals(e.key)) {
                if (prev == null) table[i] = e.next; else prev.next = e.next;
                size--;
                return e.value;
            }
        }
        return null;
    }
    @SuppressWarnings("unchecked")
    private void resize() {
        Entry<K, V>[] old = table;
        table = (Entry<K, V>[]) new Entry[old.length * 2];
        for (Entry<K, V> head : old) {
            for (Entry<K, V> e = head; e != null; ) {
                Entry<K, V> next = e.next;
                int i = index(e.key, table.length);
                e.next = table[i];
                table[i] = e;
                e = next;
            }
        }
    }
    int size() { return size; }
    int capacity() { return table.length; }
}
class Key {
    final int a, b;
    Key(int a, int b) { this.a = a; this.b = b; }
    @Override public boolean equals(Object o) { return o instanceof Key && ((Key) o).a == a && ((Key) o).b == b; }
    @Override public int hashCode() { return a * 1000 + b; }
}
public class MyHashMap {
    public static void main(String[] args) {
        HashMap<String, Integer> counts = new HashMap<>();
        String text = "to be or not to be that is the question to ask";
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == ' ') {
                StringBuilder w = new StringBuilder();
                for (int j = start; j < i; j++) w.append(text.charAt(j));
                String word = w.toString();
                Integer c = counts.get(word);
                counts.put(word, c == null ? 1 : c + 1);
                start = i + 1;
            }
        }
        String[] probe = {"to", "be", "or", "question", "missing"};
        for (String p : probe) System.out.println(p + ": " + counts.get(p));
        System.out.println(counts.size() + " " + counts.capacity());
        System.out.println(counts.remove("to") + " " + counts.remove("to") + " " + counts.size());
        HashMap<Integer, String> byNum = new HashMap<>();
        for (int i = -50; i <= 50; i += 5) byNum.put(i, "v" + i);
        System.out.println(byNum.get(-50) + byNum.get(0) + byNum.get(45) + byNum.get(3));
        System.out.println(byNum.put(0, "zero") + " " + byNum.get(0) + " " + byNum.size());
        HashMap<Key, String> grid = new HashMap<>();
        grid.put(new Key(1, 2), "a");
        grid.put(new Key(2, 1), "b");
        grid.put(null, "nullkey");
        System.out.println(grid.get(new Key(1, 2)) + grid.get(new Key(2, 1)) + grid.get(new Key(3, 3)) + " " + grid.get(null));
        System.out.println(grid.containsKey(new Key(2, 1)) + " " + grid.containsKey(new Key(9, 9)));
    }
}
