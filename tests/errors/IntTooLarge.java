// Integer literals out of range (the minimum values are fine only after unary minus).
public class IntTooLarge {
    public static void main(String[] args) {
        int ok = -2147483648;
        long okL = -9223372036854775808L;
        int a = 2147483648; // expect error: integer number too large
        long b = 9223372036854775808L; // expect error: integer number too large
        int c = 0x1_0000_0000; // expect error: integer number too large
        int d = -(2147483648); // expect error: integer number too large
        System.out.println(ok + okL + a + b + c + d);
    }
}
