// Primitive casts: narrowing wraps, float-to-int saturates, NaN becomes 0.
// expect: -56
// expect: 127
// expect: 65535
// expect: A
// expect: 0
// expect: -32768
// expect: 2147483647
// expect: -2147483648
// expect: 3
// expect: -3
// expect: 0
// expect: 2147483647
// expect: -9223372036854775808
// expect: 9223372036854775807
// expect: -9223372036854775808
// expect: 123
// expect: 2147483647
// expect: 44
// expect: a
// expect: 4464
// expect: -1
// expect: 0
// expect: 1
// expect: -1
// expect: -2147483648
// expect: 1.6777216E7
// expect: 1.6777217E7
// expect: 0.1
// expect: 0.10000000149011612
// expect: Infinity
// expect: 0.0
// expect: 9223372036854775807
// expect: 0
// expect: b
// expect: 122
// expect: 131
// expect: 1
// expect: Infinity
// expect: 2147483647
// expect: 0
// expect: true
// expect: -56
public class Casts {
    public static void main(String[] args) {
        System.out.println((byte) 200);
        System.out.println((byte) -129);
        System.out.println((int) (char) -1);
        System.out.println((char) 65);
        System.out.println((short) 65536);
        System.out.println((short) 98304);
        System.out.println((int) 3.9e10);
        System.out.println((int) -3.9e10);
        System.out.println((int) 3.99);
        System.out.println((int) -3.99);
        double nan = 0.0 / 0.0;
        System.out.println((int) nan);
        System.out.println((int) (1.0 / 0.0));
        System.out.println((long) (-1.0 / 0.0));
        System.out.println((long) 1e30);
        System.out.println((long) -1e30);
        System.out.println((long) 123.999);
        System.out.println((int) 1e10f);
        System.out.println((byte) 300.7);
        System.out.println((char) 97.9);
        System.out.println((int) (char) 70000.0);
        System.out.println((short) 1e10);
        System.out.println((int) 4294967296L);
        System.out.println((int) 4294967297L);
        System.out.println((int) -1L);
        System.out.println((long) Integer.MIN_VALUE);
        System.out.println((float) 16777217);
        System.out.println((double) 16777217);
        System.out.println((float) 0.1);
        System.out.println((double) 0.1f);
        System.out.println((float) 1e40);
        System.out.println((float) 1e-50);
        System.out.println((long) (float) 9223372036854775807L);
        System.out.println((int) 0.0 / 1);
        System.out.println((char) ('a' + 1));
        System.out.println((int) 'z');
        System.out.println((byte) 'A' + (byte) 'B');
        long l = 0x1_0000_0001L;
        int i = (int) l;
        System.out.println(i);
        double d = 1e300;
        float f = (float) d;
        System.out.println(f);
        System.out.println((int) f);
        System.out.println((long) (0.0 / 0.0));
        System.out.println((char) (byte) -1 == '\uffff');
        System.out.println((byte) (char) 200);
    }
}
