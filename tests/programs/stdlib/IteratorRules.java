// Fail-fast iteration: ConcurrentModificationException when a collection changes under an
// iterator (ArrayList, LinkedList, HashMap, TreeMap), the JDK's quirk that removing the
// second-to-last element in a for-each loop ends it without an exception, Iterator.remove
// as the safe way, and ListIterator.add/set.
// expect: CME [a, c, d]
// expect: second-to-last removed silently: [a, b, d]
// expect: CME linked [1, 2, 3, 4, 5, 99]
// expect: CME map 4
// expect: CME tree [0, 1, 2, 3, 4, 10]
// expect: [1, 2, 4, 5, 7, 8]
// expect: {k1=1}
// expect: {}
// expect: [1, 2, 4, 44, 5, 77, 8]
// expect: IllegalStateException before next()
// expect: 141
import java.util.ArrayList;
import java.util.Arrays;
import java.util.ConcurrentModificationException;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

public class IteratorRules {
    public static void main(String[] args) {
        List<String> list = new ArrayList<>(Arrays.asList("a", "b", "c", "d"));
        try {
            for (String s : list) if (s.equals("b")) list.remove(s);
            System.out.println("no exception");
        } catch (ConcurrentModificationException e) {
            System.out.println("CME " + list);
        }
        List<String> quirk = new ArrayList<>(Arrays.asList("a", "b", "c", "d"));
        for (String s : quirk) if (s.equals("c")) quirk.remove(s);
        System.out.println("second-to-last removed silently: " + quirk);
        List<Integer> linked = new LinkedList<>(Arrays.asList(1, 2, 3, 4, 5));
        try {
            for (Integer x : linked) if (x == 1) linked.add(99);
        } catch (ConcurrentModificationException e) {
            System.out.println("CME linked " + linked);
        }
        Map<String, Integer> map = new HashMap<>();
        for (int i = 0; i < 5; i++) map.put("k" + i, i);
        try {
            for (String k : map.keySet()) if (k.equals("k2")) map.remove("k3");
        } catch (ConcurrentModificationException e) {
            System.out.println("CME map " + map.size());
        }
        Map<Integer, Integer> tree = new TreeMap<>();
        for (int i = 0; i < 5; i++) tree.put(i, i);
        try {
            for (Map.Entry<Integer, Integer> e : tree.entrySet()) tree.put(e.getKey() + 10, 0);
        } catch (ConcurrentModificationException e) {
            System.out.println("CME tree " + tree.keySet());
        }
        List<Integer> nums = new ArrayList<>();
        for (int i = 0; i < 10; i++) nums.add(i);
        Iterator<Integer> it = nums.iterator();
        while (it.hasNext()) if (it.next() % 3 == 0) it.remove();
        System.out.println(nums);
        Iterator<Map.Entry<String, Integer>> mit = map.entrySet().iterator();
        while (mit.hasNext()) if (mit.next().getValue() % 2 == 0) mit.remove();
        System.out.println(map);
        Iterator<Integer> tit = tree.keySet().iterator();
        while (tit.hasNext()) if (tit.next() < 12) tit.remove();
        System.out.println(tree);
        java.util.ListIterator<Integer> li = nums.listIterator();
        while (li.hasNext()) {
            int v = li.next();
            if (v == 4) li.add(44);
            if (v == 7) li.set(77);
        }
        System.out.println(nums);
        try {
            Iterator<Integer> bad = nums.iterator();
            bad.remove();
        } catch (IllegalStateException e) {
            System.out.println("IllegalStateException before next()");
        }
        int sum = 0;
        for (int n : nums) sum += n;
        System.out.println(sum);
    }
}
