// while, do-while, for with several initializers and updates, empty parts, break, continue.
// expect: while 0
// expect: while 1
// expect: while 2
// expect: do 3
// expect: do 2
// expect: once
// expect: for 0 10
// expect: for 3 8
// expect: 5 15
// expect: n=5
// expect: 01345|
// expect: 111111
// expect: abcde|
// expect: 0.0 0.25 0.5 0.75 |
// expect: 33,11,3,1,|
// expect: 4
// expect: odd7 odd1 |
// expect: 210 -1
// expect: cba|
public class Loops {
    public static void main(String[] args) {
        int i = 0;
        while (i < 3) { System.out.println("while " + i); i++; }
        do { System.out.println("do " + i); i--; } while (i > 1);
        do System.out.println("once"); while (false);
        for (int a = 0, b = 10; a < b; a += 3, b -= 2) System.out.println("for " + a + " " + b);
        int x, y;
        for (x = 0, y = 0; x < 5; x++, y += x) ;
        System.out.println(x + " " + y);
        int n = 0;
        for (;;) { if (++n > 4) break; }
        System.out.println("n=" + n);
        for (int k = 0; k < 10; k++) {
            if (k == 2) continue;
            if (k == 6) break;
            System.out.print(k);
        }
        System.out.println("|");
        long sum = 0;
        for (long l = 1; l <= 100000; l *= 10) sum += l;
        System.out.println(sum);
        for (char c = 'a'; c <= 'e'; c++) System.out.print(c);
        System.out.println("|");
        for (double d = 0; d < 1; d += 0.25) System.out.print(d + " ");
        System.out.println("|");
        int w = 100;
        while (true) {
            w /= 3;
            if (w == 0) break;
            System.out.print(w + ",");
        }
        System.out.println("|");
        int outer = 0;
        for (int p = 0; p < 4; p++) for (int q = 0; q < p; q++) outer += q;
        System.out.println(outer);
        int j = 10;
        do {
            j -= 3;
            if (j % 2 == 0) continue;
            System.out.print("odd" + j + " ");
        } while (j > 0);
        System.out.println("|");
        int countdown = 3;
        while (countdown-- > 0) System.out.print(countdown);
        System.out.println(" " + countdown);
        for (int m = 0, len = "abc".length(); m < len; m++) System.out.print("abc".charAt(len - 1 - m));
        System.out.println("|");
    }
}
