// Reads standard input line by line through BufferedReader(InputStreamReader(System.in)),
// counting words and summing the numbers; readLine returns null at the end.
// stdin: 3 apples and 4 pears
// stdin: no numbers here
// stdin:   -12   spaced   out  
// stdin: 1000000
// expect: 1: 3 APPLES AND 4 PEARS
// expect: 2: NO NUMBERS HERE
// expect: 3: -12   SPACED   OUT
// expect: 4: 1000000
// expect: 4 lines, 12 words, total 999995
// expect: after the end: null
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;

public class StdinLines {
    public static void main(String[] args) throws IOException {
        BufferedReader r = new BufferedReader(new InputStreamReader(System.in));
        String line;
        int lines = 0, words = 0;
        long total = 0;
        while ((line = r.readLine()) != null) {
            lines++;
            String t = line.trim();
            if (t.isEmpty()) continue;
            for (String w : t.split(" +")) {
                words++;
                try {
                    total += Integer.parseInt(w);
                } catch (NumberFormatException e) {
                    // a word, not a number
                }
            }
            System.out.println(lines + ": " + t.toUpperCase());
        }
        System.out.println(lines + " lines, " + words + " words, total " + total);
        System.out.println("after the end: " + r.readLine());
    }
}
