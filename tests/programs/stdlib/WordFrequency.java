// A word-frequency report, the kind of program that prints maps: counting with a
// HashMap, printing it in the JDK's order, sorting the entries by count then word with a
// Comparator class, the top words with printf, letters in a TreeMap, and words grouped by
// length in a TreeMap of TreeSets.
// expect: {was=10, winter=1, best=1, epoch=2, it=10, hope=1, wisdom=1, the=10, spring=1, times=2, incredulity=1, foolishness=1, light=1, of=10, season=2, worst=1, darkness=1, belief=1, despair=1, age=2}
// expect: 20 distinct words
// expect:  1. it        10 ##########
// expect:  2. of        10 ##########
// expect:  3. the       10 ##########
// expect:  4. was       10 ##########
// expect:  5. age        2 ##
// expect:  6. epoch      2 ##
// expect: {a=16, b=2, c=3, d=4, e=27, f=12, g=4, h=15, i=21, k=1, l=4, m=3, n=7, o=19, p=5, r=6, s=26, t=27, u=1, w=13, y=1}
// expect: 2: [it, of]
// expect: 3: [age, the, was]
// expect: 4: [best, hope]
// expect: 5: [epoch, light, times, worst]
// expect: 6: [belief, season, spring, winter, wisdom]
// expect: 7: [despair]
// expect: 8: [darkness]
// expect: 11: [foolishness, incredulity]
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

public class WordFrequency {
    static final String TEXT = "It was the best of times, it was the worst of times, it was the age of wisdom, "
            + "it was the age of foolishness, it was the epoch of belief, it was the epoch of incredulity, "
            + "it was the season of Light, it was the season of Darkness, it was the spring of hope, "
            + "it was the winter of despair.";

    static class ByCountThenWord implements Comparator<Map.Entry<String, Integer>> {
        public int compare(Map.Entry<String, Integer> a, Map.Entry<String, Integer> b) {
            int c = b.getValue().compareTo(a.getValue());
            return c != 0 ? c : a.getKey().compareTo(b.getKey());
        }
    }

    public static void main(String[] args) {
        Map<String, Integer> counts = new HashMap<>();
        for (String raw : TEXT.split("[ ,.]+")) {
            String w = raw.toLowerCase();
            Integer c = counts.get(w);
            counts.put(w, c == null ? 1 : c + 1);
        }
        System.out.println(counts);
        System.out.println(counts.size() + " distinct words");
        List<Map.Entry<String, Integer>> entries = new ArrayList<>(counts.entrySet());
        entries.sort(new ByCountThenWord());
        for (int i = 0; i < 6; i++) {
            Map.Entry<String, Integer> e = entries.get(i);
            System.out.printf("%2d. %-8s %3d %s%n", i + 1, e.getKey(), e.getValue(), "#".repeat(e.getValue()));
        }
        Map<Character, Integer> letters = new TreeMap<>();
        for (char c : TEXT.toLowerCase().toCharArray()) {
            if (Character.isLetter(c)) letters.put(c, letters.getOrDefault(c, 0) + 1);
        }
        System.out.println(letters);
        Map<Integer, TreeSet<String>> byLength = new TreeMap<>();
        for (String w : counts.keySet()) {
            TreeSet<String> set = byLength.get(w.length());
            if (set == null) {
                set = new TreeSet<>();
                byLength.put(w.length(), set);
            }
            set.add(w);
        }
        for (Map.Entry<Integer, TreeSet<String>> e : byLength.entrySet()) System.out.println(e.getKey() + ": " + e.getValue());
    }
}
