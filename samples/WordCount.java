// Collections at work: counts the words of standard input (or of a built-in text) with a
// HashMap, then prints the most frequent ones sorted with a Comparator.
//   echo "to be or not to be" | bin/oak samples/WordCount.java -
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

public class WordCount {
    static final String TEXT = "it was the best of times it was the worst of times "
            + "it was the age of wisdom it was the age of foolishness";

    static class ByCount implements Comparator<Map.Entry<String, Integer>> {
        public int compare(Map.Entry<String, Integer> a, Map.Entry<String, Integer> b) {
            int c = Integer.compare(b.getValue(), a.getValue());
            return c != 0 ? c : a.getKey().compareTo(b.getKey());
        }
    }

    public static void main(String[] args) throws IOException {
        StringBuilder text = new StringBuilder();
        if (args.length > 0 && args[0].equals("-")) {
            BufferedReader in = new BufferedReader(new InputStreamReader(System.in));
            for (String line = in.readLine(); line != null; line = in.readLine()) text.append(line).append(' ');
        } else {
            text.append(TEXT);
        }
        Map<String, Integer> counts = new HashMap<>();
        for (String w : text.toString().toLowerCase().split("[^a-z']+")) {
            if (w.isEmpty()) continue;
            counts.put(w, counts.getOrDefault(w, 0) + 1);
        }
        List<Map.Entry<String, Integer>> entries = new ArrayList<>(counts.entrySet());
        entries.sort(new ByCount());
        System.out.println(counts.size() + " distinct words; the most frequent:");
        for (int i = 0; i < Math.min(5, entries.size()); i++)
            System.out.printf("%-12s %3d%n", entries.get(i).getKey(), entries.get(i).getValue());
    }
}
