// Binary numeric promotion and the static types it gives (seen through overloading).
// expect: byte 10
// expect: short 20
// expect: char A
// expect: int 20
// expect: int 30
// expect: int 130
// expect: int 66
// expect: long 15
// expect: float 12.0
// expect: double 3.111111111111111
// expect: float 8.5
// expect: int -10
// expect: int -66
// expect: int 20
// expect: int 40
// expect: long 1024
// expect: int 1792
// expect: int 32
// expect: int 0
// expect: long 15
// expect: int 3
// expect: double 3.5
// expect: float 3.5
// expect: float 1.5
// expect: short 10
// expect: char A
// expect: long 8
// expect: double 1.0
// expect: byte 10
// expect: char @
// expect: short 40
public class NumericPromotion {
    static String t(int x) { return "int " + x; }
    static String t(long x) { return "long " + x; }
    static String t(float x) { return "float " + x; }
    static String t(double x) { return "double " + x; }
    static String t(char x) { return "char " + x; }
    static String t(byte x) { return "byte " + x; }
    static String t(short x) { return "short " + x; }
    public static void main(String[] args) {
        byte b = 10;
        short s = 20;
        char c = 'A';
        int i = 7;
        long l = 8L;
        float f = 1.5f;
        double d = 2.25;
        System.out.println(t(b));
        System.out.println(t(s));
        System.out.println(t(c));
        System.out.println(t(b + b));
        System.out.println(t(s + b));
        System.out.println(t(c + c));
        System.out.println(t(c + 1));
        System.out.println(t(i + l));
        System.out.println(t(l * f));
        System.out.println(t(i / d));
        System.out.println(t(f + i));
        System.out.println(t(-b));
        System.out.println(t(~c));
        System.out.println(t(+s));
        System.out.println(t(b << 2));
        System.out.println(t(l << i));
        System.out.println(t(i << l));
        System.out.println(t(c >> 1));
        System.out.println(t(b & s));
        System.out.println(t(i ^ l));
        System.out.println(t(i / 2));
        System.out.println(t(7 / 2.0));
        System.out.println(t(7 / 2f));
        System.out.println(t(1L + 0.5f));
        System.out.println(t(true ? b : s));
        System.out.println(t(true ? c : 'x'));
        System.out.println(t(false ? i : l));
        System.out.println(t(true ? 1 : 2.0));
        System.out.println(t(b++));
        System.out.println(t(--c));
        System.out.println(t((short) (s * 2)));
    }
}
