// Loop control corner cases: continue in do-while jumps to the condition, continue in
// for runs the update, break inside switch inside a loop only leaves the switch,
// labeled continue from a switch, loops with empty bodies and comma updates.
// expect: do body 3
// expect: do body 4
// expect: do body 5
// expect: 5 5
// expect: 1:9 3:7 |
// expect: 242
// expect: n 1
// expect: n 5
// expect: 15
// expect: 4
// expect: 6442450938
// expect: 2
public class LoopControlEdge {
    public static void main(String[] args) {
        int i = 0, evals = 0;
        do {
            i++;
            if (i < 3) continue;
            System.out.println("do body " + i);
        } while (++evals < 5);
        System.out.println(i + " " + evals);
        StringBuilder sb = new StringBuilder();
        for (int k = 0, m = 10; k < m; k++, m--) {
            if (k % 2 == 0) continue;
            sb.append(k).append(':').append(m).append(' ');
        }
        System.out.println(sb.append('|'));
        int hits = 0;
        for (int k = 0; k < 6; k++) {
            switch (k % 3) {
                case 0: hits += 100; break;
                case 1: continue;
                default: hits += 1;
            }
            hits += 10;
        }
        System.out.println(hits);
        int n = 0;
        outer:
        while (n < 10) {
            n++;
            switch (n) {
                case 3: continue outer;
                case 7: break outer;
                default: if (n % 2 == 0) continue outer;
            }
            System.out.println("n " + n);
        }
        int j;
        for (j = 0; j < 1000 && j * j < 200; j++) ;
        System.out.println(j);
        int count = 0;
        while (count++ < 3) ;
        System.out.println(count);
        long big = 0;
        for (long q = Integer.MAX_VALUE - 2L; q <= Integer.MAX_VALUE; q++) big += q;
        System.out.println(big);
        int down = 0;
        for (byte b = 125; b > 0 && b < 127; b++) down++;
        System.out.println(down);
    }
}
