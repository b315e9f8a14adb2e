// Definite assignment through boolean operators and conditionals: assignments inside
// conditions of ?:, &&, ||, !, loops whose condition is constant true, switch with
// every path assigning, and a final local assigned in both branches.
// expect: 1 2
// expect: 5 0 0
// expect: -1 -1 14
// expect: 1
// expect: ABCBC
// expect: bad z
// expect: 1 2 1
// expect: 10
// expect: flag true z 4
public class DefiniteAssignmentEdge {
    static int viaTernary(boolean c) {
        int y;
        if (c ? (y = 1) > 0 : (y = 2) > 0) return y;
        return -y;
    }
    static int viaNot(int x) {
        int y;
        if (!(x > 0 && (y = x) > 3)) return 0;
        return y;
    }
    static int viaOr(int x) {
        int y;
        if (x < 0 || (y = x * 2) < 10) return -1;
        return y;
    }
    static int whileTrue(int n) {
        int r;
        while (true) {
            if (n-- < 3) { r = n; break; }
        }
        return r;
    }
    static String sw(char c) {
        final String s;
        switch (c) {
            case 'a': s = "A"; break;
            case 'b':
            case 'c': s = "BC"; break;
            default: throw new IllegalArgumentException("bad " + c);
        }
        return s;
    }
    static int forever(int x) {
        int y;
        for (;;) {
            y = x;
            if (y > 0) break;
            x++;
        }
        return y;
    }
    static int afterThrow(boolean b) {
        int v;
        try {
            if (b) throw new RuntimeException();
            v = 1;
        } catch (RuntimeException e) {
            v = 2;
        }
        return v;
    }
    public static void main(String[] args) {
        System.out.println(viaTernary(true) + " " + viaTernary(false));
        System.out.println(viaNot(5) + " " + viaNot(2) + " " + viaNot(-1));
        System.out.println(viaOr(-3) + " " + viaOr(2) + " " + viaOr(7));
        System.out.println(whileTrue(10));
        System.out.println(sw('a') + sw('b') + sw('c'));
        try {
            sw('z');
        } catch (IllegalArgumentException e) {
            System.out.println(e.getMessage());
        }
        System.out.println(forever(-3) + " " + afterThrow(true) + " " + afterThrow(false));
        final int both;
        if (args.length == 0) both = 10; else both = 20;
        System.out.println(both);
        boolean flag;
        int z;
        if (flag = (z = 4) > 3) System.out.println("flag " + flag + " z " + z);
    }
}
