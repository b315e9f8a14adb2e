// How collections print (AbstractCollection/AbstractMap toString, like the JDK):
// lists, sets, maps, nested collections, empty ones, null elements, arrays inside (as
// Type@hash, checked by shape), a collection containing itself, Map.Entry, and
// String.valueOf of collections.
// expect: [1, 2, 3] [] {} []
// expect: {a=1, b=2} [a=1, b=2] [a, b] [1, 2]
// expect: {even=[2, 4], none=[], odd=[1, 3, 5]}
// expect: [{a=1, b=2}, {}]
// expect: [null, x, null] {null=nullKey, nullValue=null}
// expect: [me, (this Collection)] {me=(this Map)}
// expect: true [s, t]
// expect: [w, x, y] [1, 2, 4, 5, 3] [a, b, c]
// expect: a=1 [1, 2, 3] 9 list=[1, 2, 3]
// expect: [[[1, 2], []]] [] [1, 2] {k=v}
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedList;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.TreeMap;
import java.util.TreeSet;

public class CollectionsPrinting {
    public static void main(String[] args) {
        List<Integer> list = new ArrayList<>(Arrays.asList(1, 2, 3));
        System.out.println(list + " " + new ArrayList<String>() + " " + new HashMap<String, Integer>() + " " + new TreeSet<Integer>());
        Map<String, Integer> map = new LinkedHashMap<>();
        map.put("a", 1);
        map.put("b", 2);
        System.out.println(map + " " + map.entrySet() + " " + map.keySet() + " " + map.values());
        Map<String, List<Integer>> multi = new TreeMap<>();
        multi.put("odd", Arrays.asList(1, 3, 5));
        multi.put("even", new LinkedList<>(Arrays.asList(2, 4)));
        multi.put("none", new ArrayList<Integer>());
        System.out.println(multi);
        List<Map<String, Integer>> maps = new ArrayList<>();
        maps.add(map);
        maps.add(new TreeMap<String, Integer>());
        System.out.println(maps);
        List<Object> withNulls = new ArrayList<>();
        withNulls.add(null);
        withNulls.add("x");
        withNulls.add(null);
        Map<String, String> nullMap = new HashMap<>();
        nullMap.put(null, "nullKey");
        nullMap.put("nullValue", null);
        System.out.println(withNulls + " " + nullMap);
        List<Object> self = new ArrayList<>();
        self.add("me");
        self.add(self);
        Map<String, Object> selfMap = new HashMap<>();
        selfMap.put("me", selfMap);
        System.out.println(self + " " + selfMap);
        List<int[]> arrays = new ArrayList<>();
        arrays.add(new int[] {1});
        System.out.println(arrays.toString().startsWith("[[I@") + " " + Arrays.asList(new String[] {"s", "t"}));
        ArrayDeque<String> dq = new ArrayDeque<>(Arrays.asList("x", "y"));
        dq.addFirst("w");
        PriorityQueue<Integer> pq = new PriorityQueue<>(Arrays.asList(5, 1, 4, 2, 3));
        System.out.println(dq + " " + pq + " " + new TreeSet<>(Arrays.asList("b", "a", "c")));
        Map.Entry<String, Integer> e = map.entrySet().iterator().next();
        System.out.println(e + " " + String.valueOf(list) + " " + list.toString().length() + " " + ("list=" + list));
        List<List<List<Integer>>> deep = new ArrayList<>();
        deep.add(new ArrayList<List<Integer>>());
        deep.get(0).add(Arrays.asList(1, 2));
        deep.get(0).add(new ArrayList<Integer>());
        System.out.println(deep + " " + List.of() + " " + List.of(1, 2) + " " + Map.of("k", "v"));
    }
}
