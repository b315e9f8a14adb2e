// Valid definite assignment patterns: assignment on every branch of if/else and switch,
// in try and catch, through loops with break, blank finals, && and || conditions.
// expect: -1 0 1
// expect: onetwomany
// expect: 12 -1
// expect: 8
// expect: false false true
// expect: 0 0 500
// expect: 10
// expect: 3
// expect: 1
// expect: x=0
// expect: 7
// expect: 200
public class DefiniteAssignment {
    static int classify(int n) {
        int r;
        if (n < 0) r = -1;
        else if (n == 0) r = 0;
        else r = 1;
        return r;
    }
    static String sw(int n) {
        String s;
        switch (n) {
            case 1: s = "one"; break;
            case 2: s = "two"; break;
            default: s = "many";
        }
        return s;
    }
    static int parse(String s) {
        int v;
        try {
            v = Integer.parseInt(s);
        } catch (NumberFormatException e) {
            v = -1;
        }
        return v;
    }
    static int firstSquareAbove(int limit) {
        int k;
        int i = 0;
        while (true) {
            if (i * i > limit) { k = i; break; }
            i++;
        }
        return k;
    }
    static boolean cond(int x) {
        int y;
        if (x > 0 && (y = x * 2) > 5) return y > 10;
        return false;
    }
    static int orCond(int x) {
        int y;
        if (x < 0 || (y = x) < 100) return 0;
        return y;
    }
    static int thrower(int x) {
        int r;
        if (x > 0) r = x; else throw new IllegalArgumentException("x=" + x);
        return r;
    }
    public static void main(String[] args) {
        System.out.println(classify(-5) + " " + classify(0) + " " + classify(9));
        System.out.println(sw(1) + sw(2) + sw(3));
        System.out.println(parse("12") + " " + parse("x"));
        System.out.println(firstSquareAbove(50));
        System.out.println(cond(2) + " " + cond(3) + " " + cond(6));
        System.out.println(orCond(-1) + " " + orCond(5) + " " + orCond(500));
        final int blank;
        blank = args.length + 10;
        System.out.println(blank);
        int x;
        for (x = 0; x < 3; x++) { }
        System.out.println(x);
        int z;
        boolean flag = true;
        if (flag) z = 1; else z = 2;
        System.out.println(z);
        try {
            thrower(0);
        } catch (IllegalArgumentException e) {
            System.out.println(e.getMessage());
        }
        int w;
        do { w = 7; } while (false);
        System.out.println(w);
        int q = (x = 100) + x;
        System.out.println(q);
    }
}
