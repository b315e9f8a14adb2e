// Compile-time constants: static final fields, final locals, folded strings (interned),
// switch labels from constants, constants of every type.
// expect: 6 42 42000000000
// expect: constant constant42
// expect: c
// expect: 44
// expect: 0.25
// expect: true
// expect: 8
// expect: n12c1.52.5true
// expect: true
// expect: -2147483648
// expect: 195
// expect: true
// expect: true
// expect: false
// expect: true
// expect: true
// expect: 3
// expect: zero
// expect: two
// expect: four
// expect: six
// expect: other 4
// expect: matched S
// expect: C is c
// expect: 43y43
// expect: 4372
// expect: 92
public class ConstantFolding {
    static final int A = 6;
    static final int B = A * 7;
    static final long L = B * 1000000000L;
    static final String S = "con" + "stant";
    static final String T = S + B;
    static final char C = 'a' + 2;
    static final byte BY = (byte) 300;
    static final double D = 1.0 / 4;
    static final boolean Z = A > 5 && !false;
    static final int SHIFTED = 1 << 35;
    static final String NUM = "n" + 1 + 2L + 'c' + 1.5 + 2.5f + true;
    static final int MIN = Integer.MIN_VALUE;
    static final int NEG = -MIN;
    static final int OVER = Integer.MAX_VALUE + 1;
    static final int CHARSUM = 'a' + 'b';
    public static void main(String[] args) {
        System.out.println(A + " " + B + " " + L);
        System.out.println(S + " " + T);
        System.out.println(C);
        System.out.println(BY);
        System.out.println(D);
        System.out.println(Z);
        System.out.println(SHIFTED);
        System.out.println(NUM);
        System.out.println(NEG == MIN);
        System.out.println(OVER);
        System.out.println(CHARSUM);
        System.out.println(S == "constant");
        System.out.println(T == "constant42");
        String dyn = "con";
        System.out.println((dyn + "stant") == S);
        System.out.println((dyn + "stant").intern() == S);
        final String loc = "lo";
        System.out.println((loc + "cal") == "local");
        final int k = 3;
        byte bk = k;
        System.out.println(bk);
        for (int i = 0; i < 5; i++) {
            switch (i * 2) {
                case A - 6: System.out.println("zero"); break;
                case A / 3: System.out.println("two"); break;
                case k + 1: System.out.println("four"); break;
                case A: System.out.println("six"); break;
                default: System.out.println("other " + i);
            }
        }
        switch ("constant") {
            case S: System.out.println("matched S"); break;
            default: System.out.println("no");
        }
        char ch = 'c';
        switch (ch) {
            case C: System.out.println("C is c"); break;
            case 'a': System.out.println("a"); break;
        }
        System.out.println(Other.X + Other.Y);
        System.out.println((byte) (B * 10) + (short) 70000);
        System.out.println(07 + 0x10 + 0b11 + 'A' + 1L);
    }
}
class Other {
    static final int X = ConstantFolding.B + 1;
    static final String Y = "y" + X;
}
