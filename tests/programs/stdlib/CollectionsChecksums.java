// Random operations (a seeded Random) on the collections, applied alike to several
// implementations of one interface; after every few steps their contents are folded into
// checksums, which must match the JDK's: List (ArrayList, LinkedList, Vector), Map
// (HashMap, LinkedHashMap, TreeMap), Set (HashSet, LinkedHashSet, TreeSet), Deque
// (ArrayDeque, LinkedList), and a PriorityQueue.
// expect: lists 8313524643623869167 305 true true
// expect: maps 8636171461652066973 85 true true
// expect: sets 1604217466945634482 127 true
// expect: deques -3997384920060989056 1060 13 115
// expect: queue -1876646512402910703 961 13
// expect: {k30=138, k33=83, k35=99, k36=-25, k39=-29, k141=-40, k140=13, k143=2, k145=-2, k144=145, k146=25, k1=127, k40=-11, k2=-36, k3=-2, k42=145, k4=1, k43=121, k8=115, k48=67, k47=4, k130=93, k131=108, k136=-34, k135=-22, k138=-47, k139=19, k53=76, k55=31, k57=1, k59=39, k60=96, k64=41, k63=11, k65=-5, k70=1, k75=123, k77=74, k76=1, k79=127, k100=-37, k103=-19, k102=1, k107=-13, k109=-48, k80=13, k82=1, k84=-43, k83=3, k86=-17, k87=148, k89=58, k91=109, k93=139, k92=78, k97=1, k96=108, k11=72, k98=100, k10=61, k13=85, k12=-38, k14=113, k17=68, k19=1, k18=125, k122=-19, k124=101, k126=88, k129=38, k20=-2, k22=103, k21=150, k23=99, k26=89, k25=128, k28=122, k27=141, k110=13, k112=85, k111=125, k114=-15, k113=58, k118=115, k119=125}
// expect: [-1, 1, -2, 2, 3, -5, 4, 5, -6, 7, 8, 10, -11, 11, 12, -13, 13, 14, -17, -18, 18, -19, 19, -22, 22, 23, 24, -25, 25, -26, 26, -28, 27, -29, 28, -30, -31, -32, 31, 33, -34, 34, 35, -37, 36, -38, 38, -40, 40, -42, -43, 43, 44, 45, 46, -47, 47, -49, 48, 49, -50, 50, 52, 53, 54, 56, 58, 59, 60, 61, 62, 63, 64, 65, 66, 67, 69, 72, 74, 76, 78, 80, 83, 85, 86, 87, 88, 89, 90, 92, 93, 94, 96, 97, 98, 99, 100, 101, 102, 103, 105, 107, 108, 109, 110, 112, 113, 115, 119, 120, 121, 122, 123, 124, 125, 126, 128, 129, 131, 132, 133, 134, 136, 141, 145, 146, 149]
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.LinkedList;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.Vector;

public class CollectionsChecksums {
    static long fold(long h, Object o) {
        String s = String.valueOf(o);
        return h * 31 + s.hashCode();
    }

    public static void main(String[] args) {
        Random r = new Random(5);
        List<List<Integer>> lists = new ArrayList<>();
        lists.add(new ArrayList<Integer>());
        lists.add(new LinkedList<Integer>());
        lists.add(new Vector<Integer>());
        List<Map<String, Integer>> maps = new ArrayList<>();
        maps.add(new HashMap<String, Integer>());
        maps.add(new LinkedHashMap<String, Integer>());
        maps.add(new TreeMap<String, Integer>());
        List<Set<Integer>> sets = new ArrayList<>();
        sets.add(new HashSet<Integer>());
        sets.add(new LinkedHashSet<Integer>());
        sets.add(new TreeSet<Integer>());
        List<Deque<Integer>> deques = new ArrayList<>();
        deques.add(new ArrayDeque<Integer>());
        deques.add(new LinkedList<Integer>());
        PriorityQueue<Integer> pq = new PriorityQueue<>();
        long[] sums = new long[5];
        for (int step = 0; step < 4000; step++) {
            int op = r.nextInt(8), v = r.nextInt(200) - 50, w = r.nextInt(10);
            String k = "k" + r.nextInt(150);
            for (List<Integer> l : lists) {
                if (op < 3) l.add(v);
                else if (op == 3 && !l.isEmpty()) l.remove(w % l.size());
                else if (op == 4) l.remove(Integer.valueOf(v));
                else if (op == 5 && !l.isEmpty()) l.set(w % l.size(), v);
                else if (op == 6) l.add(Math.min(w, l.size()), v);
                else if (l.size() > 5) l.subList(1, 3).clear();
            }
            for (Map<String, Integer> m : maps) {
                if (op < 4) m.put(k, v);
                else if (op < 6) m.remove(k);
                else if (op == 6) m.merge(k, 1, new Sum());
                else {
                    Iterator<Map.Entry<String, Integer>> it = m.entrySet().iterator();
                    while (it.hasNext()) if (it.next().getValue() % 7 == 0) it.remove();
                }
            }
            for (Set<Integer> s : sets) {
                if (op < 5) s.add(v);
                else s.remove(v);
            }
            for (Deque<Integer> d : deques) {
                if (op < 2) d.addFirst(v);
                else if (op < 5) d.addLast(v);
                else if (op == 5) d.pollFirst();
                else if (op == 6) d.pollLast();
                else d.removeFirstOccurrence(v);
            }
            if (op < 5) pq.add(v);
            else pq.poll();
            if (step % 100 == 99) {
                for (List<Integer> l : lists) sums[0] = fold(sums[0], l);
                for (Map<String, Integer> m : maps) sums[1] = fold(sums[1], m);
                for (Set<Integer> s : sets) sums[2] = fold(sums[2], s);
                for (Deque<Integer> d : deques) sums[3] = fold(sums[3], d);
                sums[4] = fold(sums[4], pq);
            }
        }
        System.out.println("lists " + sums[0] + " " + lists.get(0).size() + " " + lists.get(0).equals(lists.get(1)) + " " + lists.get(1).equals(lists.get(2)));
        System.out.println("maps " + sums[1] + " " + maps.get(0).size() + " " + maps.get(0).equals(maps.get(2)) + " " + maps.get(1).equals(maps.get(2)));
        System.out.println("sets " + sums[2] + " " + sets.get(0).size() + " " + sets.get(0).equals(sets.get(2)));
        System.out.println("deques " + sums[3] + " " + deques.get(0).size() + " " + deques.get(0).peekFirst() + " " + deques.get(1).peekLast());
        System.out.println("queue " + sums[4] + " " + pq.size() + " " + pq.peek());
        System.out.println(maps.get(0));
        System.out.println(sets.get(0));
    }

    static class Sum implements java.util.function.BiFunction<Integer, Integer, Integer> {
        public Integer apply(Integer a, Integer b) {
            return a + b;
        }
    }
}
