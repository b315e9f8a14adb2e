// TreeMap and TreeSet: sorted iteration, a Comparator, firstKey/lastKey,
// floor/ceiling/higher/lower, headMap/tailMap/subMap views (live), descendingMap and
// descendingSet, pollFirstEntry, entries as snapshots, navigation on strings.
// expect: {10=v10, 20=v20, 30=v30, 40=v40, 50=v50, 60=v60, 70=v70, 80=v80, 90=v90}
// expect: 10 90 10=v10 90=v90
// expect: 50 60 70 50 null null
// expect: {10=v10, 20=v20, 30=v30} {10=v10, 20=v20, 30=v30, 40=v40} {70=v70, 80=v80, 90=v90} {80=v80, 90=v90}
// expect: {30=v30, 40=v40, 50=v50, 60=v60} 30 60 4
// expect: {30=v30, 35=new, 50=v50, 60=v60}
// expect: {90=v90, 80=v80, 70=v70, 60=v60, 50=v50, 35=new, 30=v30, 20=v20, 10=v10} 90 {90=v90, 80=v80, 70=v70, 60=v60}
// expect: 10=v10 90=v90 {20=v20, 30=v30, 35=new, 50=v50, 60=v60, 70=v70, 80=v80}
// expect: 35=new null [20, 30, 35, 50, 60, 70, 80] [80, 70, 60, 50, 35, 30, 20]
// expect: {dog=1, fox=1, the=2, lazy=1, over=1, brown=1, jumps=1, quick=1}
// expect: [apple, banana, cherry, date, fig, pear] apple pear banana cherry pear null
// expect: [apple, banana] [cherry, date, fig, pear] [banana, cherry, date] [pear, fig, date, cherry, banana, apple]
// expect: apple pear [banana, cherry, date, fig] 4
// expect: [9, 8, 7, 6, 5, 4, 3, 2, 1, 0] 9 [9, 8, 7, 6]
// expect: {i=4, m=1, p=2, s=4}
import java.util.Comparator;
import java.util.Map;
import java.util.NavigableMap;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

public class TreeMapNavigation {
    static class ByLength implements Comparator<String> {
        public int compare(String a, String b) {
            if (a.length() != b.length()) return a.length() - b.length();
            return a.compareTo(b);
        }
    }

    public static void main(String[] args) {
        TreeMap<Integer, String> tm = new TreeMap<>();
        int[] keys = {50, 20, 80, 10, 30, 70, 90, 60, 40};
        for (int k : keys) tm.put(k, "v" + k);
        System.out.println(tm);
        System.out.println(tm.firstKey() + " " + tm.lastKey() + " " + tm.firstEntry() + " " + tm.lastEntry());
        System.out.println(tm.floorKey(55) + " " + tm.ceilingKey(55) + " " + tm.higherKey(60) + " " + tm.lowerKey(60) + " " + tm.floorKey(5) + " " + tm.ceilingKey(95));
        System.out.println(tm.headMap(40) + " " + tm.headMap(40, true) + " " + tm.tailMap(70) + " " + tm.tailMap(70, false));
        SortedMap<Integer, String> sub = tm.subMap(25, 65);
        System.out.println(sub + " " + sub.firstKey() + " " + sub.lastKey() + " " + sub.size());
        tm.put(35, "new");
        tm.remove(40);
        System.out.println(sub);
        NavigableMap<Integer, String> desc = tm.descendingMap();
        System.out.println(desc + " " + desc.firstKey() + " " + desc.headMap(50));
        System.out.println(tm.pollFirstEntry() + " " + tm.pollLastEntry() + " " + tm);
        Map.Entry<Integer, String> e = tm.ceilingEntry(31);
        System.out.println(e.getKey() + "=" + e.getValue() + " " + tm.floorEntry(0) + " " + tm.navigableKeySet() + " " + tm.descendingKeySet());
        TreeMap<String, Integer> byLen = new TreeMap<>(new ByLength());
        for (String w : "the quick brown fox jumps over the lazy dog".split(" ")) byLen.put(w, byLen.getOrDefault(w, 0) + 1);
        System.out.println(byLen);
        TreeSet<String> ts = new TreeSet<>();
        for (String w : "pear apple fig banana cherry date".split(" ")) ts.add(w);
        System.out.println(ts + " " + ts.first() + " " + ts.last() + " " + ts.floor("c") + " " + ts.ceiling("c") + " " + ts.higher("fig") + " " + ts.lower("apple"));
        System.out.println(ts.headSet("cherry") + " " + ts.tailSet("cherry") + " " + ts.subSet("b", "e") + " " + ts.descendingSet());
        System.out.println(ts.pollFirst() + " " + ts.pollLast() + " " + ts + " " + ts.size());
        TreeSet<Integer> nums = new TreeSet<>(Comparator.reverseOrder());
        for (int i = 0; i < 10; i++) nums.add((i * 7) % 10);
        System.out.println(nums + " " + nums.first() + " " + nums.headSet(5));
        TreeMap<Character, Integer> freq = new TreeMap<>();
        for (char c : "mississippi".toCharArray()) freq.put(c, freq.getOrDefault(c, 0) + 1);
        System.out.println(freq);
    }
}
