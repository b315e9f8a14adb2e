// Integer: MIN_VALUE/MAX_VALUE, parseInt (radixes, signs, errors with the JDK's messages),
// valueOf, toString in radixes, toBinaryString/toHexString/toOctalString, unsigned
// conversions, compare, signum, bit operations, decode, hashCode and equals.
// expect: -2147483648 2147483647 32 4
// expect: parseInt("123", 10) = 123
// expect: parseInt("-2147483648", 10) = -2147483648
// expect: parseInt("2147483648", 10): For input string: "2147483648"
// expect: parseInt("+42", 10) = 42
// expect: parseInt("ff", 16) = 255
// expect: parseInt("-FF", 16) = -255
// expect: parseInt("1010", 2) = 10
// expect: parseInt("zz", 36) = 1295
// expect: parseInt("12a", 10): For input string: "12a"
// expect: parseInt("", 10): For input string: ""
// expect: parseInt("-", 10): For input string: "-"
// expect: parseInt("7", 99): radix 99 greater than Character.MAX_RADIX
// expect: parseInt("12", 8) = 10
// expect: null: Cannot parse null string
// expect: 77 -3 -1
// expect: 0: 0 0 0 0 0 0 0
// expect: 1: 1 1 1 1 1 1 1
// expect: -1: -1 -1 -1 11111111111111111111111111111111 ffffffff 37777777777 4294967295
// expect: 255: 11111111 ff 73 11111111 ff 377 255
// expect: -256: -100000000 -100 -74 11111111111111111111111100000000 ffffff00 37777777400 4294967040
// expect: 123456789: 111010110111100110100010101 75bcd15 21i3v9 111010110111100110100010101 75bcd15 726746425 123456789
// expect: -2147483648: -10000000000000000000000000000000 -80000000 -zik0zk 10000000000000000000000000000000 80000000 20000000000 2147483648
// expect: 2147483647: 1111111111111111111111111111111 7fffffff zik0zj 1111111111111111111111111111111 7fffffff 17777777777 2147483647
// expect: -1 0 1 -1 1
// expect: 8 32 64 4 31 6
// expect: -2147483648 2018915346 3 -2147483647
// expect: 31 -16 8 42
// expect: 7 4 3 -7 99
// expect: true false 1 1000 1000 1000.0 -24 1000 1000.0
// expect: 2147483647 0 4294967295
public class IntegerMethods {
    static void parse(String s, int radix) {
        try {
            System.out.println("parseInt(\"" + s + "\", " + radix + ") = " + Integer.parseInt(s, radix));
        } catch (NumberFormatException e) {
            System.out.println("parseInt(\"" + s + "\", " + radix + "): " + e.getMessage());
        }
    }

    public static void main(String[] args) {
        System.out.println(Integer.MIN_VALUE + " " + Integer.MAX_VALUE + " " + Integer.SIZE + " " + Integer.BYTES);
        parse("123", 10);
        parse("-2147483648", 10);
        parse("2147483648", 10);
        parse("+42", 10);
        parse("ff", 16);
        parse("-FF", 16);
        parse("1010", 2);
        parse("zz", 36);
        parse("12a", 10);
        parse("", 10);
        parse("-", 10);
        parse("7", 99);
        parse("12", 8);
        try {
            Integer.parseInt(null);
        } catch (NumberFormatException e) {
            System.out.println("null: " + e.getMessage());
        }
        System.out.println(Integer.valueOf("77") + " " + Integer.valueOf("-11", 2) + " " + Integer.parseUnsignedInt("4294967295"));
        int[] vals = {0, 1, -1, 255, -256, 123456789, Integer.MIN_VALUE, Integer.MAX_VALUE};
        for (int v : vals) {
            System.out.println(v + ": " + Integer.toString(v, 2) + " " + Integer.toString(v, 16) + " " + Integer.toString(v, 36) + " "
                    + Integer.toBinaryString(v) + " " + Integer.toHexString(v) + " " + Integer.toOctalString(v) + " " + Integer.toUnsignedString(v));
        }
        System.out.println(Integer.compare(3, 5) + " " + Integer.compare(5, 5) + " " + Integer.compare(-1, -2) + " " + Integer.signum(-9) + " " + Integer.compareUnsigned(-1, 1));
        System.out.println(Integer.bitCount(255) + " " + Integer.bitCount(-1) + " " + Integer.highestOneBit(100) + " " + Integer.lowestOneBit(100) + " " + Integer.numberOfLeadingZeros(1) + " " + Integer.numberOfTrailingZeros(64));
        System.out.println(Integer.reverse(1) + " " + Integer.reverseBytes(0x12345678) + " " + Integer.rotateLeft(0x80000001, 1) + " " + Integer.rotateRight(3, 1));
        System.out.println(Integer.decode("0x1F") + " " + Integer.decode("-#10") + " " + Integer.decode("010") + " " + Integer.decode("42"));
        System.out.println(Integer.sum(3, 4) + " " + Integer.max(3, 4) + " " + Integer.min(3, 4) + " " + Integer.hashCode(-7) + " " + Integer.valueOf(99).hashCode());
        Integer a = 1000, b = 1000;
        System.out.println(a.equals(b) + " " + a.equals(1000L) + " " + a.compareTo(999) + " " + a.intValue() + " " + a.longValue() + " " + a.doubleValue() + " " + a.byteValue() + " " + a.shortValue() + " " + a.floatValue());
        System.out.println(Integer.divideUnsigned(-1, 2) + " " + Integer.remainderUnsigned(-1, 3) + " " + Integer.toUnsignedLong(-1));
    }
}
