// Compound assignment: implicit narrowing casts, every operator, strings, array elements.
// expect: 54
// expect: 78
// expect: -22
// expect: -31072
// expect: c
// expect: C
// expect: 134
// expect: 11
// expect: 10
// expect: 25
// expect: 83
// expect: 6
// expect: 12
// expect: 6
// expect: 1073741820
// expect: 4080
// expect: 4085
// expect: 4090
// expect: 64
// expect: 64
// expect: 9223372036854775807
// expect: 0.33333334
// expect: 3.0
// expect: x1c2.5nulltrue
// expect: 11 6 3 2
// expect: -126
// expect: -55
// expect: 100
// expect: 17
// expect: 15
public class CompoundAssign {
    static byte sb = 1;
    int fi = 10;
    public static void main(String[] args) {
        byte b = 10;
        b += 300;
        System.out.println(b);
        b -= 1000;
        System.out.println(b);
        b *= 3;
        System.out.println(b);
        short s = 1000;
        s *= 100;
        System.out.println(s);
        char c = 'a';
        c += 2;
        System.out.println(c);
        c -= 32;
        System.out.println(c);
        c *= 2;
        System.out.println((int) c);
        int i = 10;
        i += 1.7;
        System.out.println(i);
        i -= 0.5;
        System.out.println(i);
        i *= 2.5;
        System.out.println(i);
        i /= 0.3;
        System.out.println(i);
        i %= 7;
        System.out.println(i);
        i <<= 33;
        System.out.println(i);
        i >>= 1;
        System.out.println(i);
        i = -16;
        i >>>= 2;
        System.out.println(i);
        i &= 0xff0;
        System.out.println(i);
        i |= 5;
        System.out.println(i);
        i ^= 0xf;
        System.out.println(i);
        long l = 1;
        l <<= 70;
        System.out.println(l);
        l += 0.9;
        System.out.println(l);
        l *= 1e19;
        System.out.println(l);
        float f = 1;
        f /= 3;
        System.out.println(f);
        double d = 10;
        d %= 3.5;
        System.out.println(d);
        String str = "x";
        str += 1;
        str += 'c';
        str += 2.5;
        str += null;
        str += true;
        System.out.println(str);
        int[] arr = {1, 2, 3};
        int k = 0;
        arr[k++] += 10;
        arr[k++] *= arr[k];
        System.out.println(arr[0] + " " + arr[1] + " " + arr[2] + " " + k);
        byte[] ba = {120};
        ba[0] += 10;
        System.out.println(ba[0]);
        sb += 200;
        System.out.println(sb);
        CompoundAssign o = new CompoundAssign();
        o.fi -= 20;
        o.fi *= o.fi;
        System.out.println(o.fi);
        int x = 5;
        x += x++ + ++x;
        System.out.println(x);
        Integer boxed = 5;
        boxed += 10;
        System.out.println(boxed);
    }
}
