// if/else chains, the dangling else, nested conditions, blocks and empty statements.
// expect: -5 is negative
// expect: 0 is zero
// expect: 7 is small
// expect: 42 is medium
// expect: 1000 is large
// expect: dangling else binds to inner if
// expect: braces make else outer
// expect: assignment in condition: true
// expect: 136
// expect: chained &&
// expect: not
public class IfElse {
    static String classify(int n) {
        if (n < 0) return "negative";
        else if (n == 0) return "zero";
        else if (n < 10) return "small";
        else if (n < 100) return "medium";
        return "large";
    }
    public static void main(String[] args) {
        int[] ns = {-5, 0, 7, 42, 1000};
        for (int n : ns) System.out.println(n + " is " + classify(n));
        int a = 1, b = 2;
        if (a > 0)
            if (b > 5)
                System.out.println("inner then");
            else
                System.out.println("dangling else binds to inner if");
        if (a > 5) {
            if (b > 0) System.out.println("no");
        } else System.out.println("braces make else outer");
        if (a == 1) ; else System.out.println("never");
        if (a == 1) {}
        boolean flag = false;
        if (flag = true) System.out.println("assignment in condition: " + flag);
        int count = 0;
        for (int i = 0; i < 20; i++) {
            if (i % 2 == 0) continue;
            if (i % 3 == 0) { count += 10; } else if (i % 5 == 0) { count += 100; } else { count++; }
        }
        System.out.println(count);
        String s = "x";
        if (s != null && s.length() == 1 && s.charAt(0) == 'x') System.out.println("chained &&");
        if (!(a > b) && !(b < a)) System.out.println("not");
    }
}
