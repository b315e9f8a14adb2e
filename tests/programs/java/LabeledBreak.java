// Labeled break and continue: nested for/while/do loops, labeled blocks and if statements.
// expect: 00 01 02 10 11 12 20 21 22 |
// expect: first prime > 50: 53
// expect: in block
// expect: after block
// expect: n=53
// expect: k=0
// expect: labeled if
// expect: total=23
// expect: a.c.
public class LabeledBreak {
    public static void main(String[] args) {
        outer:
        for (int i = 0; i < 5; i++) {
            for (int j = 0; j < 5; j++) {
                if (j == 3) continue outer;
                if (i == 3) break outer;
                System.out.print(i + "" + j + " ");
            }
        }
        System.out.println("|");
        int found = -1;
        search:
        for (int i = 2; i < 100; i++) {
            for (int d = 2; d * d <= i; d++) if (i % d == 0) continue search;
            if (i > 50) { found = i; break search; }
        }
        System.out.println("first prime > 50: " + found);
        block: {
            System.out.println("in block");
            if (found > 0) break block;
            System.out.println("not reached");
        }
        System.out.println("after block");
        int n = 0;
        loop:
        while (true) {
            n++;
            inner:
            do {
                n += 10;
                if (n > 50) break loop;
                if (n % 2 == 0) continue inner;
                n++;
            } while (n % 7 != 0);
        }
        System.out.println("n=" + n);
        a: b: c: for (int k = 0; k < 3; k++) { if (k == 1) continue c; if (k == 2) break b; System.out.println("k=" + k); }
        stmt:
        if (n > 0) {
            System.out.println("labeled if");
            break stmt;
        }
        int total = 0;
        rows:
        for (int[] row : new int[][]{{1, 2, -1, 4}, {5, -1}, {7, 8}}) {
            for (int v : row) {
                if (v < 0) continue rows;
                total += v;
            }
        }
        System.out.println("total=" + total);
        String s = "";
        outer2:
        for (char c = 'a'; c < 'f'; c++) {
            switch (c) {
                case 'b': continue outer2;
                case 'd': break outer2;
                default: s += c;
            }
            s += '.';
        }
        System.out.println(s);
    }
}
