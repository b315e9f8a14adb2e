// Reachability is not constant-folded for if: if (false) blocks compile (and vanish),
// code after "if (true) return;" is reachable to the compiler; constant conditions in
// while/for make the code after the loop unreachable only without a break.
// expect: early 1 5 0
// expect: 6
// expect: 7
// expect: release
public class ConditionalCompilation {
    static final boolean DEBUG = false;
    static final boolean ALWAYS = true;
    static int calls;
    static String m(int x) {
        if (ALWAYS) return "early " + x;
        return "late";
    }
    static int loop() {
        int i = 0;
        while (ALWAYS) {
            if (++i > 4) break;
        }
        return i;
    }
    public static void main(String[] args) {
        if (DEBUG) {
            System.out.println("debug output");
            calls++;
        }
        if (false) System.out.println("never");
        System.out.println(m(1) + " " + loop() + " " + calls);
        int x = 5;
        if (true) {
            x = 6;
        } else {
            x = 7;
        }
        System.out.println(x);
        do {
            x++;
        } while (false);
        System.out.println(x);
        for (int i = 0; DEBUG && i < 10; i++) System.out.println("never " + i);
        System.out.println(DEBUG ? "debug" : "release");
    }
}
