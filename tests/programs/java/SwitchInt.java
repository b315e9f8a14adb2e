// switch on int: fall-through, default in the middle, negative and sparse labels,
// byte/short/char/Integer selectors, nested switches.
// expect: -1: [minus one]
// expect: 0: [default three four ]
// expect: 1: [one two ]
// expect: 2: [two ]
// expect: 3: [three four ]
// expect: 4: [four ]
// expect: 5: [default three four ]
// expect: [million]
// expect: 1 2 3 4 5 0 |
// expect: -1 10 11 12 13 14 15 -1 -1 |
// expect: byte 2
// expect: short -300
// expect: boxed 42
// expect: only default
// expect: nested 1
// expect: grouped 1
// expect: grouped 2
// expect: local 14
// expect: comma labels
public class SwitchInt {
    static String name(int n) {
        String r = "";
        switch (n) {
            case 1: r += "one ";
            case 2: r += "two ";
                break;
            default: r += "default ";
            case 3: r += "three ";
            case 4: { r += "four "; break; }
            case -1: r += "minus one";
                break;
            case 1000000: r += "million";
        }
        return r;
    }
    static int sparse(int n) {
        switch (n) {
            case -2147483648: return 1;
            case 0: return 2;
            case 100: return 3;
            case 65536: return 4;
            case 2147483647: return 5;
        }
        return 0;
    }
    static int dense(int n) {
        int r;
        switch (n) {
            case 0: r = 10; break;
            case 1: r = 11; break;
            case 2: r = 12; break;
            case 3: r = 13; break;
            case 4: r = 14; break;
            case 5: r = 15; break;
            default: r = -1;
        }
        return r;
    }
    public static void main(String[] args) {
        for (int i = -1; i <= 5; i++) System.out.println(i + ": [" + name(i) + "]");
        System.out.println("[" + name(1000000) + "]");
        int[] probes = {-2147483648, 0, 100, 65536, 2147483647, 7};
        for (int p : probes) System.out.print(sparse(p) + " ");
        System.out.println("|");
        for (int i = -1; i < 8; i++) System.out.print(dense(i) + " ");
        System.out.println("|");
        byte b = 2;
        switch (b) { case 2: System.out.println("byte 2"); }
        short s = -300;
        switch (s) { case -300: System.out.println("short -300"); break; default: System.out.println("?"); }
        Integer boxed = 42;
        switch (boxed) { case 42: System.out.println("boxed 42"); break; }
        switch (5) { default: System.out.println("only default"); }
        switch (3) { }
        for (int i = 0; i < 3; i++) {
            switch (i) {
                case 0:
                    switch (i + 1) {
                        case 1: System.out.println("nested 1"); break;
                    }
                    break;
                case 1: case 2:
                    System.out.println("grouped " + i);
            }
        }
        int x = 7;
        switch (x % 3) {
            case 0: System.out.println("div"); break;
            case 1:
                int local = x * 2;
                System.out.println("local " + local);
                break;
            case 2:
                local = 5;
                System.out.println("reuse " + local);
        }
        switch (x) {
            case 1, 7, 9: System.out.println("comma labels");
        }
    }
}
