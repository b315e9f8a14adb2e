// Reads standard input with a Scanner: a count, that many ints, then words and lines to the
// end (the input comes from the stdin: lines below, in every execution mode).
// stdin: 4
// stdin: 10 -3
// stdin:   7 2147483647
// stdin: alpha beta
// stdin: the rest of a line
// stdin:
// stdin: last line
// expect: n=4 sum=2147483661 max=2147483647
// expect: word: alpha, then beta
// expect: rest of the line: []
// expect: 1: [the rest of a line] 18
// expect: 2: [] 0
// expect: 3: [last line] 9
// expect: hasNext at the end: false false
import java.util.Scanner;

public class StdinScanner {
    public static void main(String[] args) {
        Scanner in = new Scanner(System.in);
        int n = in.nextInt();
        long sum = 0;
        int max = Integer.MIN_VALUE;
        for (int i = 0; i < n; i++) {
            int v = in.nextInt();
            sum += v;
            if (v > max) max = v;
        }
        System.out.println("n=" + n + " sum=" + sum + " max=" + max);
        System.out.println("word: " + in.next() + ", then " + in.next());
        System.out.println("rest of the line: [" + in.nextLine() + "]");
        int lines = 0;
        while (in.hasNextLine()) {
            String line = in.nextLine();
            lines++;
            System.out.println(lines + ": [" + line + "] " + line.length());
        }
        System.out.println("hasNext at the end: " + in.hasNext() + " " + in.hasNextInt());
    }
}
