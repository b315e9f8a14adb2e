// Larger workloads through the collections: a HashMap of 200000 entries with removals,
// sorting 100000 Integers and ints, a TreeMap of 50000 keys, an ArrayDeque and a
// PriorityQueue of 100000 elements, LinkedList edits; prints checksums.
// expect: 172113 2688143504306
// expect: true -2147423715 4129297 2147471727
// expect: 39253 0 zzz lzx 23008
// expect: 66666 1666666666 99994 99999
// expect: true 12500644184 50000
// expect: 15000 7000 19999
// expect: 30011 true false
// expect: 100000 -2126187184
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedList;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Random;
import java.util.TreeMap;

public class CollectionsStress {
    public static void main(String[] args) {
        Random r = new Random(99);
        Map<Integer, Integer> map = new HashMap<>();
        for (int i = 0; i < 200000; i++) map.put(r.nextInt(1000000), i);
        for (int i = 0; i < 50000; i++) map.remove(r.nextInt(1000000));
        long sum = 0;
        for (Map.Entry<Integer, Integer> e : map.entrySet()) sum += (long) e.getKey() * 31 + e.getValue();
        System.out.println(map.size() + " " + sum);
        List<Integer> boxed = new ArrayList<>();
        int[] prim = new int[100000];
        for (int i = 0; i < prim.length; i++) {
            prim[i] = r.nextInt();
            boxed.add(prim[i]);
        }
        Collections.sort(boxed);
        Arrays.sort(prim);
        boolean same = true;
        for (int i = 0; i < prim.length; i++) if (prim[i] != boxed.get(i)) same = false;
        System.out.println(same + " " + prim[0] + " " + prim[prim.length / 2] + " " + boxed.get(prim.length - 1));
        TreeMap<String, Integer> tree = new TreeMap<>();
        for (int i = 0; i < 50000; i++) tree.put(Integer.toString(r.nextInt(100000), 36), i);
        System.out.println(tree.size() + " " + tree.firstKey() + " " + tree.lastKey() + " " + tree.floorKey("m") + " " + tree.headMap("5").size());
        ArrayDeque<Integer> dq = new ArrayDeque<>();
        long dsum = 0;
        for (int i = 0; i < 100000; i++) {
            if ((i & 1) == 0) dq.addFirst(i);
            else dq.addLast(i);
            if (i % 3 == 0) dsum += dq.pollFirst();
        }
        System.out.println(dq.size() + " " + dsum + " " + dq.peekFirst() + " " + dq.peekLast());
        PriorityQueue<Integer> pq = new PriorityQueue<>();
        for (int i = 0; i < 100000; i++) pq.add(r.nextInt(1000000));
        long psum = 0;
        int prev = -1;
        boolean ordered = true;
        for (int i = 0; i < 50000; i++) {
            int v = pq.poll();
            if (v < prev) ordered = false;
            prev = v;
            psum += v;
        }
        System.out.println(ordered + " " + psum + " " + pq.size());
        LinkedList<Integer> ll = new LinkedList<>();
        for (int i = 0; i < 20000; i++) ll.add(i);
        for (int i = 0; i < 5000; i++) ll.remove(ll.size() / 2);
        System.out.println(ll.size() + " " + ll.get(7000) + " " + ll.getLast());
        HashSet<String> set = new HashSet<>();
        for (int i = 0; i < 100000; i++) set.add("s" + (i % 30011));
        System.out.println(set.size() + " " + set.contains("s30010") + " " + set.contains("s30011"));
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 100000; i++) sb.append(i % 10);
        System.out.println(sb.length() + " " + sb.toString().hashCode());
    }
}
