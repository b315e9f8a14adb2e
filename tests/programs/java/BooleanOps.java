// Boolean operators: & | ^ ! && || with and without short-circuit side effects.
// expect: false
// expect: true
// expect: false
// expect: false
// expect: f1
// expect: false
// expect: t3
// expect: true
// expect: f5
// expect: t6
// expect: false
// expect: t7
// expect: f8
// expect: true
// expect: t9
// expect: t10
// expect: false
// expect: fa
// expect: tb
// expect: fc
// expect: false
// expect: td
// expect: true
// expect: calls 12
// expect: true
// expect: false
// expect: true
// expect: true
// expect: true
// expect: safe
// expect: false true false
public class BooleanOps {
    static int calls = 0;
    static boolean t(String s) { calls++; System.out.println("t" + s); return true; }
    static boolean f(String s) { calls++; System.out.println("f" + s); return false; }
    public static void main(String[] args) {
        System.out.println(true & false);
        System.out.println(true | false);
        System.out.println(true ^ true);
        System.out.println(!true);
        System.out.println(f("1") && t("2"));
        System.out.println(t("3") || f("4"));
        System.out.println(f("5") & t("6"));
        System.out.println(t("7") | f("8"));
        System.out.println(t("9") ^ t("10"));
        System.out.println(f("a") || t("b") && f("c"));
        System.out.println(t("d") || t("e") && f("f"));
        System.out.println("calls " + calls);
        boolean b = false;
        b |= true;
        System.out.println(b);
        b &= false;
        System.out.println(b);
        b ^= true;
        System.out.println(b);
        boolean x = 3 > 2 == true;
        System.out.println(x);
        boolean y = !(1 == 2) != false;
        System.out.println(y);
        int n = 0;
        if (n != 0 && 10 / n > 1) System.out.println("no"); else System.out.println("safe");
        boolean[] flags = new boolean[3];
        flags[1] = !flags[0];
        System.out.println(flags[0] + " " + flags[1] + " " + flags[2]);
    }
}
