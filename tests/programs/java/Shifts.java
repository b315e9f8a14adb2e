// Shifts: counts are masked (5 bits for int, 6 for long), sign extension, >>> on negatives.
// expect: -2147483648
// expect: 1
// expect: 2
// expect: -2147483648
// expect: -9223372036854775808
// expect: 1
// expect: 2
// expect: -1
// expect: 15
// expect: -1
// expect: 15
// expect: -1
// expect: -16
// expect: 268435440
// expect: -1
// expect: 1
// expect: 768
// expect: 3298534883328
// expect: 2
// expect: -4
// expect: 1073741820
// expect: -4
// expect: 4095
// expect: 65535
// expect: 32
// expect: 24
// expect: 2
// expect: true
// expect: 0: 305419896 1311768467463790320
// expect: 13: 37282 160127986750950
// expect: 26: 4 19546873382
// expect: 39: 2386092 2386092
// expect: 52: 291 291
// expect: 65: 152709948 655884233731895160
public class Shifts {
    public static void main(String[] args) {
        System.out.println(1 << 31);
        System.out.println(1 << 32);
        System.out.println(1 << 33);
        System.out.println(1 << -1);
        System.out.println(1L << 63);
        System.out.println(1L << 64);
        System.out.println(1L << 65);
        System.out.println(-1 >> 28);
        System.out.println(-1 >>> 28);
        System.out.println(-1 >>> 32);
        System.out.println(-1L >>> 60);
        System.out.println(-1L >>> 64);
        System.out.println(-256 >> 4);
        System.out.println(-256 >>> 4);
        System.out.println(0x80000000 >> 31);
        System.out.println(0x80000000 >>> 31);
        int n = 40;
        System.out.println(3 << n);
        System.out.println(3L << n);
        long cnt = 33;
        System.out.println(1 << cnt);
        byte b = -16;
        System.out.println(b >> 2);
        System.out.println(b >>> 2);
        System.out.println((byte) (b >>> 2));
        char c = '\uffff';
        System.out.println(c >> 4);
        short s = -1;
        System.out.println(s >>> 16);
        System.out.println(1 << 2 + 3);
        System.out.println(1 + 2 << 3);
        System.out.println(16 >> 2 >> 1);
        System.out.println(5 << 1 < 11);
        for (int i = 0; i < 70; i += 13) {
            System.out.println(i + ": " + (0x12345678 >>> i) + " " + (0x123456789ABCDEF0L >> i));
        }
    }
}
