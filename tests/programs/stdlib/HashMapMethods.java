// HashMap's methods: put/get/remove returning old values, null keys and values,
// getOrDefault, putIfAbsent, containsKey/containsValue, computeIfAbsent, computeIfPresent,
// compute and merge (with named function classes), entrySet iteration with setValue,
// removal through views and iterators, equals/hashCode, putAll, clear.
// expect: null 1 2 null 2 null
// expect: {null=0, n=null} 0 true true null 5
// expect: null null 8 {null=0, p=8, n=7}
// expect: {a=[apple, avocado, apricot], b=[banana, blueberry], c=[cherry]}
// expect: {a=3, b=2, c=1, d=1}
// expect: {a=3, b=2, c=1, d=1} null null
// expect: {b=20, c=10, d=10}
// expect: {d=10} 1
// expect: true true true
// expect: false 1 true false {d=10, z=3}
// expect: d=10 d 10 110
// expect: {} true 0
// expect: 1000 332833500 998001
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiFunction;
import java.util.function.Function;

public class HashMapMethods {
    static class NewList implements Function<String, List<String>> {
        public List<String> apply(String key) {
            return new ArrayList<>();
        }
    }

    static class Sum implements BiFunction<Integer, Integer, Integer> {
        public Integer apply(Integer a, Integer b) {
            return a + b;
        }
    }

    static class IncOrRemove implements BiFunction<String, Integer, Integer> {
        public Integer apply(String k, Integer v) {
            if (v == null) return 1;
            return v >= 3 ? null : v + 1;
        }
    }

    public static void main(String[] args) {
        Map<String, Integer> m = new HashMap<>();
        System.out.println(m.put("a", 1) + " " + m.put("a", 2) + " " + m.get("a") + " " + m.get("zz") + " " + m.remove("a") + " " + m.remove("a"));
        m.put(null, 0);
        m.put("n", null);
        System.out.println(m + " " + m.get(null) + " " + m.containsKey("n") + " " + m.containsValue(null) + " " + m.getOrDefault("n", 5) + " " + m.getOrDefault("q", 5));
        System.out.println(m.putIfAbsent("n", 7) + " " + m.putIfAbsent("p", 8) + " " + m.putIfAbsent("p", 9) + " " + m);
        Map<String, List<String>> groups = new HashMap<>();
        String[] words = {"apple", "avocado", "banana", "blueberry", "cherry", "apricot"};
        for (String w : words) groups.computeIfAbsent(w.substring(0, 1), new NewList()).add(w);
        System.out.println(groups);
        Map<String, Integer> counts = new HashMap<>();
        for (String w : "a b a c b a d".split(" ")) counts.merge(w, 1, new Sum());
        System.out.println(counts);
        for (int i = 0; i < 4; i++) counts.compute("x", new IncOrRemove());
        System.out.println(counts + " " + counts.computeIfPresent("a", new IncOrRemove()) + " " + counts.computeIfPresent("q", new IncOrRemove()));
        for (Map.Entry<String, Integer> e : counts.entrySet()) e.setValue(e.getValue() * 10);
        System.out.println(counts);
        Iterator<Map.Entry<String, Integer>> it = counts.entrySet().iterator();
        while (it.hasNext()) if (it.next().getKey().equals("b")) it.remove();
        counts.keySet().remove("c");
        counts.values().remove(40);
        System.out.println(counts + " " + counts.size());
        Map<String, Integer> other = new HashMap<>();
        other.putAll(counts);
        System.out.println(other.equals(counts) + " " + (other.hashCode() == counts.hashCode()) + " " + other.equals(new TreeMap<>(counts)));
        other.put("z", 1);
        System.out.println(other.equals(counts) + " " + other.replace("z", 2) + " " + other.replace("z", 2, 3) + " " + other.remove("z", 4) + " " + other);
        Map.Entry<String, Integer> first = other.entrySet().iterator().next();
        System.out.println(first + " " + first.getKey() + " " + first.getValue() + " " + first.hashCode());
        other.clear();
        System.out.println(other + " " + other.isEmpty() + " " + other.size());
        Map<Integer, Integer> squares = new HashMap<>();
        for (int i = 0; i < 1000; i++) squares.put(i, i * i);
        long total = 0;
        for (int v : squares.values()) total += v;
        System.out.println(squares.size() + " " + total + " " + squares.get(999));
    }
}
