// java.util.Collections: sort (natural and with a Comparator, stable), reverse, shuffle
// with a seeded Random (the JDK's permutation), swap, rotate, max/min, frequency,
// binarySearch, fill, nCopies, unmodifiable views, empty and singleton collections,
// addAll, reverseOrder, disjoint.
// expect: [1, 2, 7, 8, 4, 6, 11, 12, 10, 9, 5, 3]
// expect: [2, 8, 1, 12, 9, 10, 11, 7, 3, 6, 5, 4]
// expect: [10, 2, 9, 12, 4, 1, 3, 8, 5, 7, 11, 6]
// expect: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12] 8 -13
// expect: [12, 11, 10, 9, 8, 7, 6, 5, 4, 3, 2, 1]
// expect: [3, 2, 12, 1, 11, 10, 9, 8, 7, 6, 5, 4]
// expect: 12 1 1
// expect: [apple, date, lime, fig, kiwi, plum, pear]
// expect: [plum, pear, lime, kiwi, fig, date, apple]
// expect: 3 true false
// expect: [*, *, *, *, a, b] [0, 0, 0]
// expect: read-only 9 plum
// expect: [] 0 [only] {} [5] {k=1}
// expect: stable: 0/0 0/3 1/1 1/4 2/2 2/5
// expect: [26, 9, 5, 19, 39] 8
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

public class CollectionsAlgorithms {
    static class ByLastChar implements Comparator<String> {
        public int compare(String a, String b) {
            return Character.compare(a.charAt(a.length() - 1), b.charAt(b.length() - 1));
        }
    }

    public static void main(String[] args) {
        List<Integer> nums = new ArrayList<>();
        for (int i = 1; i <= 12; i++) nums.add(i);
        Collections.shuffle(nums, new Random(42));
        System.out.println(nums);
        Collections.shuffle(nums, new Random(7));
        System.out.println(nums);
        List<Integer> linked = new LinkedList<>(nums);
        Collections.shuffle(linked, new Random(1));
        System.out.println(linked);
        Collections.sort(nums);
        System.out.println(nums + " " + Collections.binarySearch(nums, 9) + " " + Collections.binarySearch(nums, 13));
        Collections.reverse(nums);
        System.out.println(nums);
        Collections.swap(nums, 0, 11);
        Collections.rotate(nums, 3);
        System.out.println(nums);
        System.out.println(Collections.max(nums) + " " + Collections.min(nums) + " " + Collections.max(nums, Collections.reverseOrder()));
        List<String> words = new ArrayList<>(Arrays.asList("kiwi", "fig", "apple", "date", "plum", "pear", "lime"));
        Collections.sort(words, new ByLastChar());
        System.out.println(words);
        Collections.sort(words, Collections.reverseOrder());
        System.out.println(words);
        words.add("fig");
        words.add("fig");
        System.out.println(Collections.frequency(words, "fig") + " " + Collections.disjoint(words, List.of("x", "y")) + " " + Collections.disjoint(words, List.of("kiwi")));
        List<String> filled = new ArrayList<>(Collections.nCopies(4, "-"));
        Collections.fill(filled, "*");
        Collections.addAll(filled, "a", "b");
        System.out.println(filled + " " + Collections.nCopies(3, 0));
        List<String> ro = Collections.unmodifiableList(words);
        try {
            ro.set(0, "x");
        } catch (UnsupportedOperationException e) {
            System.out.println("read-only " + ro.size() + " " + ro.get(0));
        }
        List<Integer> empty = Collections.emptyList();
        Set<String> one = Collections.singleton("only");
        Map<String, Integer> none = Collections.emptyMap();
        System.out.println(empty + " " + empty.size() + " " + one + " " + none + " " + Collections.singletonList(5) + " " + Collections.singletonMap("k", 1));
        List<int[]> pairs = new ArrayList<>();
        for (int i = 0; i < 6; i++) pairs.add(new int[] {i % 3, i});
        Collections.sort(pairs, new ByFirst());
        StringBuilder sb = new StringBuilder();
        for (int[] p : pairs) sb.append(p[0]).append('/').append(p[1]).append(' ');
        System.out.println("stable: " + sb.toString().trim());
        Random r = new Random(2024);
        List<Integer> deck = new ArrayList<>();
        for (int i = 0; i < 52; i++) deck.add(i);
        Collections.shuffle(deck, r);
        System.out.println(deck.subList(0, 5) + " " + r.nextInt(100));
    }

    static class ByFirst implements Comparator<int[]> {
        public int compare(int[] a, int[] b) {
            return a[0] - b[0];
        }
    }
}
