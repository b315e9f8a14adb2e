// Operator precedence and associativity, without parentheses.
// expect: 14
// expect: 26
// expect: -5
// expect: 2
// expect: 2
// expect: 10
// expect: 32
// expect: true
// expect: 3
// expect: 2
// expect: 2
// expect: 7
// expect: true
// expect: false
// expect: true
// expect: 6
// expect: 2
// expect: -2
// expect: yes
// expect: 4
// expect: x
// expect: 21
// expect: 0 -7 14
// expect: 3345
// expect: 16
// expect: 0
// expect: -5
// expect: 18
// expect: 3
// expect: 15
// expect: 2
// expect: -2
// expect: 5
// expect: false
// expect: false
// expect: 0
// expect: 4
// expect: -4
// expect: true
public class Precedence {
    public static void main(String[] args) {
        int a = 2, b = 3, c = 4, d = 5;
        System.out.println(a + b * c);
        System.out.println(a * b + c * d);
        System.out.println(a - b - c);
        System.out.println(a * b % c);
        System.out.println(100 / 10 / 5);
        System.out.println(a + b << 1);
        System.out.println(a << b + 1);
        System.out.println(a < b == c < d);
        System.out.println(a & b | c ^ d);
        System.out.println(a | b & c);
        System.out.println(a ^ b & c);
        System.out.println(a | b ^ c);
        System.out.println(a == 2 && b == 4 || c == 4);
        System.out.println(a == 3 || b == 3 && c == 5);
        System.out.println(true || false && false);
        System.out.println(-a * -b);
        System.out.println(- -a);
        System.out.println(~a + 1);
        System.out.println(!(a > b) ? "yes" : "no");
        System.out.println(a > b ? a : b > c ? b : c);
        System.out.println(a < b ? "x" : "y" + "z");
        int x, y, z;
        x = y = z = 7;
        System.out.println(x + y + z);
        x += y -= z *= 2;
        System.out.println(x + " " + y + " " + z);
        System.out.println(1 + 2 + "3" + 4 + 5);
        System.out.println("" + 1 + 2 * 3);
        System.out.println(a + b > c ? a & c : b | d);
        System.out.println((a + b) * (c - d));
        System.out.println(a++ + ++a * a--);
        System.out.println(a);
        System.out.println(-a >>> 28 & 0xf);
        System.out.println(8 >> 1 + 1);
        System.out.println(1 - 2 + 3 - 4);
        System.out.println(2 * 3 / 4 * 5);
        System.out.println(a != b == true);
        boolean bb = a < b != b < a;
        System.out.println(bb);
        System.out.println(a & 1 << 2);
        System.out.println((a & 1) << 2);
        System.out.println(-5 % 3 * 2);
        System.out.println(~0 >>> 1 == 2147483647);
    }
}
