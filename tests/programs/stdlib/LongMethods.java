// Long: parsing and its errors, toString in radixes, hex/binary/octal, unsigned strings
// and division, bit operations, hashCode, compare, valueOf caching.
// expect: -9223372036854775808 9223372036854775807 64
// expect: 9223372036854775807 -255 123 -1
// expect: For input string: "9223372036854775808"
// expect: For input string: "12L"
// expect: For input string: ""
// expect: For input string: "0x10"
// expect: 0: 0 0 1 0 0 0
// expect: -1: -1 ffffffffffffffff 64 1777777777777777777777 18446744073709551615 0
// expect: 1099511627776: 142302631426552 10000000000 41 20000000000000 1099511627776 256
// expect: -9223372036854775808: -22341010611245052052301 8000000000000000 64 1000000000000000000000 9223372036854775808 -2147483648
// expect: 987654321987654321: 1524341011002265630560 db4da5f7ef412b1 60 66646645757675011261 987654321987654321 1933625582
// expect: 64 50 63 512 -9223372036854775808 72057594037927936
// expect: -1 -1 1844674407370955161 5 1
// expect: true false true false 5
// expect: 4611686018427387904 -9223372036854775808 0 3074457345618258602
public class LongMethods {
    public static void main(String[] args) {
        System.out.println(Long.MIN_VALUE + " " + Long.MAX_VALUE + " " + Long.SIZE);
        System.out.println(Long.parseLong("9223372036854775807") + " " + Long.parseLong("-ff", 16) + " " + Long.valueOf("123") + " " + Long.parseUnsignedLong("18446744073709551615"));
        String[] bad = {"9223372036854775808", "12L", "", "0x10"};
        for (String s : bad) {
            try {
                Long.parseLong(s);
            } catch (NumberFormatException e) {
                System.out.println(e.getMessage());
            }
        }
        long[] vals = {0, -1, 1L << 40, Long.MIN_VALUE, 987654321987654321L};
        for (long v : vals) {
            System.out.println(v + ": " + Long.toString(v, 7) + " " + Long.toHexString(v) + " " + Long.toBinaryString(v).length() + " " + Long.toOctalString(v) + " " + Long.toUnsignedString(v) + " " + Long.hashCode(v));
        }
        System.out.println(Long.bitCount(-1L) + " " + Long.numberOfTrailingZeros(1L << 50) + " " + Long.numberOfLeadingZeros(1) + " " + Long.highestOneBit(1000) + " " + Long.reverse(1) + " " + Long.reverseBytes(1));
        System.out.println(Long.compare(1, 2) + " " + Long.signum(-5L) + " " + Long.divideUnsigned(-1L, 10) + " " + Long.remainderUnsigned(-1L, 10) + " " + Long.compareUnsigned(-1L, 1L));
        Long x = 127L, y = 127L, z = 128L, w = 128L;
        System.out.println((x == y) + " " + (z == w) + " " + z.equals(w) + " " + x.equals(127) + " " + Long.valueOf(5).hashCode());
        long big = 1;
        for (int i = 0; i < 62; i++) big *= 2;
        System.out.println(big + " " + (big * 2) + " " + (big * 4) + " " + Long.MAX_VALUE / 3);
    }
}
