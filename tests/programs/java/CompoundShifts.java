// Compound shifts and arithmetic on narrow types compute in int and narrow back, which
// surprises: byte >>>= on negatives, char -= past zero, short *= overflow.
// expect: -4
// expect: -4
// expect: -8
// expect: -1
// expect: 65535
// expect: 4095
// expect: 24464
// expect: -1 -1 -2
// expect: -2147483648
// expect: -1
// expect: 2
// expect: 6
// expect: 194
public class CompoundShifts {
    public static void main(String[] args) {
        byte b = -16;
        b >>>= 2;
        System.out.println(b);
        byte b2 = -16;
        b2 >>= 2;
        System.out.println(b2);
        byte b3 = (byte) 0x80;
        b3 >>>= 4;
        System.out.println(b3);
        short s = -1;
        s >>>= 10;
        System.out.println(s);
        char c = 'A';
        c -= 66;
        System.out.println((int) c);
        c >>= 4;
        System.out.println((int) c);
        short m = 300;
        m *= 300;
        System.out.println(m);
        byte[] arr = {-1, -2, -3};
        for (int i = 0; i < arr.length; i++) arr[i] >>>= 1;
        System.out.println(arr[0] + " " + arr[1] + " " + arr[2]);
        int i = 1;
        i <<= 31;
        System.out.println(i);
        i >>= 31;
        System.out.println(i);
        long l = 1;
        l <<= 63;
        l >>>= 62;
        System.out.println(l);
        int shiftBy = 65;
        long k = 3;
        k <<= shiftBy;
        System.out.println(k);
        char ch = 'a';
        ch <<= 1;
        System.out.println((int) ch);
    }
}
