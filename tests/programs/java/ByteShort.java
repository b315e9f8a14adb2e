// byte and short: ranges, wraparound on casts, promotion to int in arithmetic.
// expect: -128
// expect: 127
// expect: -32768
// expect: 200
// expect: -56
// expect: -25536
// expect: 32767
// expect: -128
// expect: -1
// expect: -1
// expect: 15
// expect: -1
// expect: 255
// expect: -31072
// expect: 15
// expect: 65
// expect: -1
public class ByteShort {
    public static void main(String[] args) {
        byte b = 127;
        b++;
        System.out.println(b);
        b = -128;
        b--;
        System.out.println(b);
        short s = 32767;
        s++;
        System.out.println(s);
        byte x = 100, y = 100;
        int sum = x + y;
        System.out.println(sum);
        byte z = (byte) (x + y);
        System.out.println(z);
        short sh = (short) 40000;
        System.out.println(sh);
        System.out.println((short) -32769);
        System.out.println((byte) 0x80);
        System.out.println((byte) 0xff);
        System.out.println((byte) 255 >> 1);
        System.out.println((byte) 255 >>> 28);
        byte[] bytes = {1, -1, 127, -128};
        int total = 0;
        for (byte v : bytes) total += v;
        System.out.println(total);
        System.out.println(bytes[1] & 0xff);
        short[] shorts = new short[2];
        shorts[0] = 1000;
        shorts[1] = (short) (shorts[0] * 100);
        System.out.println(shorts[1]);
        final byte k = 10;
        byte fromConst = k + 5;
        System.out.println(fromConst);
        char c = 'A';
        byte cb = (byte) c;
        System.out.println(cb);
        short cs = (short) '\uffff';
        System.out.println(cs);
    }
}
