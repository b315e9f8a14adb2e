// String.format and printf: %d %s %f %.Nf %e %x %X %o %c %b %n %% with widths, precision,
// the flags - 0 + , ( # and space, argument indexes, and the JDK's half-up rounding.
// expect: [42] [   42] [42   ] [00042] [+42] [ 42] [1,234,567] [(42)]
// expect: [ff] [FF] [0xff] [000000ff] [10] [010] [ffffffff]
// expect: [123456789012] [1cbe991a14] [-5] [ff]
// expect: [text] [     right] [left      ] [tru] [UPPER] [null]
// expect: [3.141593] [3.14] [3] [     2.718] [1.3       ] [+3.00] [1,234,567.89] [-000003.14]
// expect: [0.13] [0.14] [0.3] [0.4] [1.001] [100.00]
// expect: [1.234568e+04] [1.23e-04] [1.000000E+10] [-6.020e+23] [0.000000e+00]
// expect: [12345.7] [0.000123] [1.00000e-05] [100.000]
// expect: [a] [A] [  z] [y  ] [Q]
// expect: [true] [false] [false] [TRUE] [ true]
// expect: 100% sure
// expect: second line
// expect: b a b x x y
// expect: [0.33] [-0.00] [NaN] [Infinity]
// expect: [d01] [11]
// expect: item    |   qty|   price
// expect: apple   |     3|    1.50
// expect: banana  |    12|    3.00
// expect: cherry  |   100| 1000.00
// expect: total   |      | 1004.50
// expect: x 1-2
public class StringFormat {
    public static void main(String[] args) {
        System.out.println(String.format("[%d] [%5d] [%-5d] [%05d] [%+d] [% d] [%,d] [%(d]", 42, 42, 42, 42, 42, 42, 1234567, -42));
        System.out.println(String.format("[%x] [%X] [%#x] [%08x] [%o] [%#o] [%x]", 255, 255, 255, 255, 8, 8, -1));
        System.out.println(String.format("[%d] [%x] [%d] [%x]", 123456789012L, 123456789012L, (short) -5, (byte) -1));
        System.out.println(String.format("[%s] [%10s] [%-10s] [%.3s] [%S] [%s]", "text", "right", "left", "truncate", "upper", null));
        System.out.println(String.format("[%f] [%.2f] [%.0f] [%10.3f] [%-10.1f] [%+.2f] [%,.2f] [%010.2f]", Math.PI, Math.PI, 2.5, Math.E, 1.25, 3.0, 1234567.891, -3.14159));
        System.out.println(String.format("[%.2f] [%.2f] [%.1f] [%.1f] [%.3f] [%.2f]", 0.125, 0.135, 0.25, 0.35, 1.0005, 99.995));
        System.out.println(String.format("[%e] [%.2e] [%E] [%.3e] [%e]", 12345.678, 0.000123, 1e10, -6.02e23, 0.0));
        System.out.println(String.format("[%g] [%.3g] [%g] [%g]", 12345.678, 0.000123456, 1e-5, 100.0));
        System.out.println(String.format("[%c] [%c] [%3c] [%-3c] [%C]", 'a', 65, 'z', 'y', 'q'));
        System.out.println(String.format("[%b] [%b] [%b] [%B] [%5b]", true, false, null, "x", true));
        System.out.println(String.format("100%% sure%nsecond line"));
        System.out.println(String.format("%2$s %1$s %2$s", "a", "b") + " " + String.format("%s %<s %s", "x", "y"));
        System.out.println(String.format("[%.2f] [%.2f] [%f] [%.1f]", 1.0f / 3, -0.0, Double.NaN, Double.POSITIVE_INFINITY));
        System.out.println(String.format("[%h] [%h]", "hi", 17));
        System.out.printf("%-8s|%6s|%8s%n", "item", "qty", "price");
        String[] items = {"apple", "banana", "cherry"};
        int[] qty = {3, 12, 100};
        double[] price = {0.5, 0.25, 10.0};
        double total = 0;
        for (int i = 0; i < items.length; i++) {
            System.out.printf("%-8s|%6d|%8.2f%n", items[i], qty[i], qty[i] * price[i]);
            total += qty[i] * price[i];
        }
        System.out.printf("%-8s|%6s|%8.2f%n", "total", "", total);
        System.out.println("x".formatted() + " " + "%d-%d".formatted(1, 2));
    }
}
