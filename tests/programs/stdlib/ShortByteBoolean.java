// Short, Byte and Boolean: constants, parsing with range checks, caching of boxes,
// unsigned conversions, hashCode, compare, and Boolean's parse, logical operators and
// hash codes 1231/1237.
// expect: -32768 32767 -128 127
// expect: -32768 127 12 -3
// expect: Value out of range. Value:"40000" Radix:10
// expect: Value out of range. Value:"128" Radix:10
// expect: true true true false
// expect: 65535 255 -5 9 -2 10
// expect: 13330 77 -77
// expect: true false false true false
// expect: 1231 1237 1231 1 0
// expect: false true false true true
// expect: -56 4464 200 44
public class ShortByteBoolean {
    public static void main(String[] args) {
        System.out.println(Short.MIN_VALUE + " " + Short.MAX_VALUE + " " + Byte.MIN_VALUE + " " + Byte.MAX_VALUE);
        System.out.println(Short.parseShort("-32768") + " " + Byte.parseByte("7f", 16) + " " + Short.valueOf("12") + " " + Byte.valueOf((byte) -3));
        try {
            Short.parseShort("40000");
        } catch (NumberFormatException e) {
            System.out.println(e.getMessage());
        }
        try {
            Byte.parseByte("128");
        } catch (NumberFormatException e) {
            System.out.println(e.getMessage());
        }
        Short s1 = 100, s2 = 100;
        Byte b1 = -128, b2 = -128;
        System.out.println((s1 == s2) + " " + (b1 == b2) + " " + s1.equals((short) 100) + " " + s1.equals(100));
        System.out.println(Short.toUnsignedInt((short) -1) + " " + Byte.toUnsignedInt((byte) -1) + " " + Short.hashCode((short) -5) + " " + Byte.hashCode((byte) 9) + " " + Short.compare((short) 1, (short) 3) + " " + Byte.compare((byte) 5, (byte) -5));
        System.out.println(Short.reverseBytes((short) 0x1234) + " " + Short.toString((short) 77) + " " + Byte.toString((byte) -77));
        System.out.println(Boolean.parseBoolean("TRUE") + " " + Boolean.parseBoolean("yes") + " " + Boolean.parseBoolean(null) + " " + Boolean.valueOf("true") + " " + Boolean.valueOf(false));
        System.out.println(Boolean.TRUE.hashCode() + " " + Boolean.FALSE.hashCode() + " " + Boolean.hashCode(true) + " " + Boolean.compare(true, false) + " " + Boolean.TRUE.compareTo(true));
        System.out.println(Boolean.logicalAnd(true, false) + " " + Boolean.logicalOr(true, false) + " " + Boolean.logicalXor(true, true) + " " + Boolean.toString(true) + " " + (Boolean.valueOf(true) == Boolean.TRUE));
        byte b = (byte) 200;
        short sh = (short) 70000;
        System.out.println(b + " " + sh + " " + (b & 0xff) + " " + (byte) (b + 100));
    }
}
