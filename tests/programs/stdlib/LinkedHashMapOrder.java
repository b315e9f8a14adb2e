// LinkedHashMap in insertion order and in access order, an LRU cache made by overriding
// removeEldestEntry, LinkedHashSet keeping insertion order, re-insertion not moving keys.
// expect: {zebra=1, apple=20, mango=3} [zebra, apple, mango] [1, 20, 3]
// expect: {apple=20, mango=3, zebra=4}
// expect: {3=v3, 5=v5, 2=v2, 4=v4, 1=one}
// expect: miss:a miss:b miss:c hit:a miss:d miss:b miss:e miss:a 
// expect: {b=1, e=4, a=0}
// expect: [to, be, or, not, that, is, the, question] 8 true
// expect: [to, be, not, that, is, the, question, or]
// expect: [5, 3, 9, 1]
// expect: {apple=20, mango=3, zebra=4, kiwi=0} false
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

public class LinkedHashMapOrder {
    static class LruCache<K, V> extends LinkedHashMap<K, V> {
        private final int capacity;

        LruCache(int capacity) {
            super(16, 0.75f, true);
            this.capacity = capacity;
        }

        protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
            return size() > capacity;
        }
    }

    public static void main(String[] args) {
        Map<String, Integer> m = new LinkedHashMap<>();
        m.put("zebra", 1);
        m.put("apple", 2);
        m.put("mango", 3);
        m.put("apple", 20);
        System.out.println(m + " " + m.keySet() + " " + m.values());
        m.remove("zebra");
        m.put("zebra", 4);
        System.out.println(m);
        Map<Integer, String> access = new LinkedHashMap<>(16, 0.75f, true);
        for (int i = 1; i <= 5; i++) access.put(i, "v" + i);
        access.get(2);
        access.get(4);
        access.put(1, "one");
        System.out.println(access);
        LruCache<String, Integer> cache = new LruCache<>(3);
        String[] requests = {"a", "b", "c", "a", "d", "b", "e", "a"};
        for (String r : requests) {
            if (cache.containsKey(r)) {
                cache.get(r);
                System.out.print("hit:" + r + " ");
            } else {
                cache.put(r, r.charAt(0) - 'a');
                System.out.print("miss:" + r + " ");
            }
        }
        System.out.println();
        System.out.println(cache);
        Set<String> seen = new LinkedHashSet<>();
        for (String w : "to be or not to be that is the question".split(" ")) seen.add(w);
        System.out.println(seen + " " + seen.size() + " " + seen.contains("be"));
        seen.remove("or");
        seen.add("or");
        System.out.println(seen);
        Set<Integer> ints = new LinkedHashSet<>(java.util.List.of(5, 3, 9, 1, 3, 5));
        System.out.println(ints);
        Map<String, Integer> copy = new LinkedHashMap<>(m);
        copy.putIfAbsent("kiwi", 0);
        System.out.println(copy + " " + copy.equals(m));
    }
}
