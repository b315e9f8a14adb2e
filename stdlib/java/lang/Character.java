package java.lang;

/**
 * The char box and the Unicode character properties.
 *
 * Latin-1 (U+0000..U+00FF) is answered here from a table of general categories taken
 * from the JDK; code points above go to natives (natives_lib.c) whose tables were also
 * generated from JDK 17 (Unicode 13). getNumericValue knows digits, Latin letters and
 * Latin-1 only.
 */
public final class Character implements java.io.Serializable, Comparable<Character> {
    private final char value;

    public static final int MIN_RADIX = 2;
    public static final int MAX_RADIX = 36;
    public static final char MIN_VALUE = '\u0000';
    public static final char MAX_VALUE = '\uFFFF';
    public static final int SIZE = 16;
    public static final int BYTES = 2;
    public static final char MIN_HIGH_SURROGATE = '\uD800';
    public static final char MAX_HIGH_SURROGATE = '\uDBFF';
    public static final char MIN_LOW_SURROGATE = '\uDC00';
    public static final char MAX_LOW_SURROGATE = '\uDFFF';
    public static final char MIN_SURROGATE = '\uD800';
    public static final char MAX_SURROGATE = '\uDFFF';
    public static final int MIN_SUPPLEMENTARY_CODE_POINT = 0x010000;
    public static final int MIN_CODE_POINT = 0x000000;
    public static final int MAX_CODE_POINT = 0x10FFFF;

    public static final byte UNASSIGNED = 0;
    public static final byte UPPERCASE_LETTER = 1;
    public static final byte LOWERCASE_LETTER = 2;
    public static final byte TITLECASE_LETTER = 3;
    public static final byte MODIFIER_LETTER = 4;
    public static final byte OTHER_LETTER = 5;
    public static final byte NON_SPACING_MARK = 6;
    public static final byte ENCLOSING_MARK = 7;
    public static final byte COMBINING_SPACING_MARK = 8;
    public static final byte DECIMAL_DIGIT_NUMBER = 9;
    public static final byte LETTER_NUMBER = 10;
    public static final byte OTHER_NUMBER = 11;
    public static final byte SPACE_SEPARATOR = 12;
    public static final byte LINE_SEPARATOR = 13;
    public static final byte PARAGRAPH_SEPARATOR = 14;
    public static final byte CONTROL = 15;
    public static final byte FORMAT = 16;
    public static final byte PRIVATE_USE = 18;
    public static final byte SURROGATE = 19;
    public static final byte DASH_PUNCTUATION = 20;
    public static final byte START_PUNCTUATION = 21;
    public static final byte END_PUNCTUATION = 22;
    public static final byte CONNECTOR_PUNCTUATION = 23;
    public static final byte OTHER_PUNCTUATION = 24;
    public static final byte MATH_SYMBOL = 25;
    public static final byte CURRENCY_SYMBOL = 26;
    public static final byte MODIFIER_SYMBOL = 27;
    public static final byte OTHER_SYMBOL = 28;
    public static final byte INITIAL_QUOTE_PUNCTUATION = 29;
    public static final byte FINAL_QUOTE_PUNCTUATION = 30;

    /* General category of U+0000..U+00FF, as '0' + category. */
    private static final String LATIN1_TYPES =
            "????????????????????????????????<HHHJHHHEFHIHDHH9999999999HHIIIH"
            + "H11111111111111111111111111EHFKGK22222222222222222222222222EIFI?"
            + "????????????????????????????????<HJJJJLHKL5MI@LKLI;;K2HHK;5N;;;H"
            + "11111111111111111111111I1111111222222222222222222222222I22222222";

    private static Character[] cache;

    public Character(char value) {
        this.value = value;
    }

    /** Cached boxes for U+0000..U+007F, as the JDK. */
    public static Character valueOf(char c) {
        if (c <= 127) {
            Character[] a = cache;
            if (a == null) {
                a = new Character[128];
                for (int i = 0; i < 128; i++) a[i] = new Character((char) i);
                cache = a;
            }
            return a[c];
        }
        return new Character(c);
    }

    public char charValue() {
        return value;
    }

    public int hashCode() {
        return value;
    }

    public static int hashCode(char value) {
        return value;
    }

    public boolean equals(Object obj) {
        return obj instanceof Character && value == ((Character) obj).charValue();
    }

    public String toString() {
        return String.valueOf(value);
    }

    public static String toString(char c) {
        return String.valueOf(c);
    }

    public static String toString(int codePoint) {
        return new String(toChars(codePoint));
    }

    public int compareTo(Character anotherCharacter) {
        return compare(value, anotherCharacter.value);
    }

    public static int compare(char x, char y) {
        return x - y;
    }

    public static char reverseBytes(char ch) {
        return (char) (((ch & 0xFF00) >> 8) | (ch << 8));
    }

    /* ---- code points and surrogates ---- */

    public static boolean isValidCodePoint(int codePoint) {
        return codePoint >= 0 && codePoint <= MAX_CODE_POINT;
    }

    public static boolean isBmpCodePoint(int codePoint) {
        return codePoint >>> 16 == 0;
    }

    public static boolean isSupplementaryCodePoint(int codePoint) {
        return codePoint >= MIN_SUPPLEMENTARY_CODE_POINT && codePoint <= MAX_CODE_POINT;
    }

    public static boolean isHighSurrogate(char ch) {
        return ch >= MIN_HIGH_SURROGATE && ch <= MAX_HIGH_SURROGATE;
    }

    public static boolean isLowSurrogate(char ch) {
        return ch >= MIN_LOW_SURROGATE && ch <= MAX_LOW_SURROGATE;
    }

    public static boolean isSurrogate(char ch) {
        return ch >= MIN_SURROGATE && ch <= MAX_SURROGATE;
    }

    public static boolean isSurrogatePair(char high, char low) {
        return isHighSurrogate(high) && isLowSurrogate(low);
    }

    public static int charCount(int codePoint) {
        return codePoint >= MIN_SUPPLEMENTARY_CODE_POINT ? 2 : 1;
    }

    public static int toCodePoint(char high, char low) {
        return ((high << 10) + low) + (MIN_SUPPLEMENTARY_CODE_POINT - (MIN_HIGH_SURROGATE << 10) - MIN_LOW_SURROGATE);
    }

    public static char highSurrogate(int codePoint) {
        return (char) ((codePoint >>> 10) + (MIN_HIGH_SURROGATE - (MIN_SUPPLEMENTARY_CODE_POINT >>> 10)));
    }

    public static char lowSurrogate(int codePoint) {
        return (char) ((codePoint & 0x3ff) + MIN_LOW_SURROGATE);
    }

    public static int codePointAt(CharSequence seq, int index) {
        char c1 = seq.charAt(index);
        if (isHighSurrogate(c1) && ++index < seq.length()) {
            char c2 = seq.charAt(index);
            if (isLowSurrogate(c2)) return toCodePoint(c1, c2);
        }
        return c1;
    }

    public static int codePointAt(char[] a, int index) {
        return codePointAt(a, index, a.length);
    }

    public static int codePointAt(char[] a, int index, int limit) {
        if (index >= limit || index < 0 || limit > a.length) throw new IndexOutOfBoundsException();
        char c1 = a[index];
        if (isHighSurrogate(c1) && ++index < limit) {
            char c2 = a[index];
            if (isLowSurrogate(c2)) return toCodePoint(c1, c2);
        }
        return c1;
    }

    public static int codePointBefore(CharSequence seq, int index) {
        char c2 = seq.charAt(--index);
        if (isLowSurrogate(c2) && index > 0) {
            char c1 = seq.charAt(--index);
            if (isHighSurrogate(c1)) return toCodePoint(c1, c2);
        }
        return c2;
    }

    public static int codePointBefore(char[] a, int index) {
        return codePointBefore(a, index, 0);
    }

    public static int codePointBefore(char[] a, int index, int start) {
        if (index <= start || start < 0 || index > a.length) throw new IndexOutOfBoundsException();
        char c2 = a[--index];
        if (isLowSurrogate(c2) && index > start) {
            char c1 = a[--index];
            if (isHighSurrogate(c1)) return toCodePoint(c1, c2);
        }
        return c2;
    }

    public static char[] toChars(int codePoint) {
        if (isBmpCodePoint(codePoint)) {
            char[] r = new char[1];
            r[0] = (char) codePoint;
            return r;
        }
        if (isValidCodePoint(codePoint)) {
            char[] r = new char[2];
            r[0] = highSurrogate(codePoint);
            r[1] = lowSurrogate(codePoint);
            return r;
        }
        throw new IllegalArgumentException("Not a valid Unicode code point: 0x" + Integer.toHexString(codePoint).toUpperCase());
    }

    public static int toChars(int codePoint, char[] dst, int dstIndex) {
        if (isBmpCodePoint(codePoint)) {
            dst[dstIndex] = (char) codePoint;
            return 1;
        }
        if (isValidCodePoint(codePoint)) {
            dst[dstIndex + 1] = lowSurrogate(codePoint);
            dst[dstIndex] = highSurrogate(codePoint);
            return 2;
        }
        throw new IllegalArgumentException("Not a valid Unicode code point: 0x" + Integer.toHexString(codePoint).toUpperCase());
    }

    /* ---- properties ---- */

    /* The tables of code points above U+00FF (natives_lib.c). */
    private static native int typeOf(int codePoint);
    private static native int upperOf(int codePoint);
    private static native int lowerOf(int codePoint);
    private static native int titleOf(int codePoint);
    /** Bit 0: the Lowercase property, bit 1: Uppercase, bit 2: Alphabetic (each with its
     *  Other_ part, as the JDK's isLowerCase, isUpperCase and isAlphabetic). */
    private static native int caseBits(int codePoint);
    /** The value of a decimal digit (category Nd), -1 for others. */
    private static native int digitOf(int codePoint);

    public static int getType(char ch) {
        return getType((int) ch);
    }

    public static int getType(int codePoint) {
        if (codePoint >= 0 && codePoint < 256) return LATIN1_TYPES.charAt(codePoint) - '0';
        if (codePoint < 0 || codePoint > MAX_CODE_POINT) return UNASSIGNED;
        return typeOf(codePoint);
    }

    public static boolean isDefined(char ch) {
        return getType(ch) != UNASSIGNED;
    }

    public static boolean isDefined(int codePoint) {
        return getType(codePoint) != UNASSIGNED;
    }

    public static boolean isLetter(char ch) {
        return isLetter((int) ch);
    }

    public static boolean isLetter(int codePoint) {
        int t = getType(codePoint);
        return t >= UPPERCASE_LETTER && t <= OTHER_LETTER;
    }

    public static boolean isDigit(char ch) {
        return isDigit((int) ch);
    }

    public static boolean isDigit(int codePoint) {
        if (codePoint < 128) return codePoint >= '0' && codePoint <= '9';
        return getType(codePoint) == DECIMAL_DIGIT_NUMBER;
    }

    public static boolean isLetterOrDigit(char ch) {
        return isLetterOrDigit((int) ch);
    }

    public static boolean isLetterOrDigit(int codePoint) {
        int t = getType(codePoint);
        return (t >= UPPERCASE_LETTER && t <= OTHER_LETTER) || t == DECIMAL_DIGIT_NUMBER;
    }

    public static boolean isAlphabetic(int codePoint) {
        if (codePoint < 256) return isLetter(codePoint);
        if (codePoint > MAX_CODE_POINT) return false;
        return (caseBits(codePoint) & 4) != 0;
    }

    public static boolean isLowerCase(char ch) {
        return isLowerCase((int) ch);
    }

    public static boolean isLowerCase(int codePoint) {
        if (codePoint < 256) return codePoint >= 0 && (getType(codePoint) == LOWERCASE_LETTER || codePoint == 0xaa || codePoint == 0xba);
        if (codePoint > MAX_CODE_POINT) return false;
        return (caseBits(codePoint) & 1) != 0;
    }

    public static boolean isUpperCase(char ch) {
        return isUpperCase((int) ch);
    }

    public static boolean isUpperCase(int codePoint) {
        if (codePoint < 256) return codePoint >= 0 && getType(codePoint) == UPPERCASE_LETTER;
        if (codePoint > MAX_CODE_POINT) return false;
        return (caseBits(codePoint) & 2) != 0;
    }

    public static boolean isTitleCase(char ch) {
        return getType(ch) == TITLECASE_LETTER;
    }

    public static boolean isTitleCase(int codePoint) {
        return getType(codePoint) == TITLECASE_LETTER;
    }

    public static boolean isSpaceChar(char ch) {
        return isSpaceChar((int) ch);
    }

    public static boolean isSpaceChar(int codePoint) {
        int t = getType(codePoint);
        return t == SPACE_SEPARATOR || t == LINE_SEPARATOR || t == PARAGRAPH_SEPARATOR;
    }

    public static boolean isWhitespace(char ch) {
        return isWhitespace((int) ch);
    }

    /** Space separators other than no-break spaces, line and paragraph separators, and
     *  the controls HT, LF, VT, FF, CR and FS..US. */
    public static boolean isWhitespace(int codePoint) {
        if (codePoint < 256) {
            return codePoint == ' ' || (codePoint >= 0x09 && codePoint <= 0x0d) || (codePoint >= 0x1c && codePoint <= 0x1f);
        }
        if (codePoint == 0x2007 || codePoint == 0x202f) return false;
        return isSpaceChar(codePoint);
    }

    public static boolean isISOControl(char ch) {
        return isISOControl((int) ch);
    }

    public static boolean isISOControl(int codePoint) {
        return codePoint <= 0x9f && (codePoint >= 0x7f || (codePoint >>> 5 == 0));
    }

    public static boolean isIdentifierIgnorable(char ch) {
        return isIdentifierIgnorable((int) ch);
    }

    public static boolean isIdentifierIgnorable(int codePoint) {
        if ((codePoint >= 0 && codePoint <= 8) || (codePoint >= 0x0e && codePoint <= 0x1b) || (codePoint >= 0x7f && codePoint <= 0x9f))
            return true;
        return getType(codePoint) == FORMAT;
    }

    public static boolean isJavaIdentifierStart(char ch) {
        return isJavaIdentifierStart((int) ch);
    }

    public static boolean isJavaIdentifierStart(int codePoint) {
        int t = getType(codePoint);
        return (t >= UPPERCASE_LETTER && t <= OTHER_LETTER) || t == LETTER_NUMBER || t == CURRENCY_SYMBOL
                || t == CONNECTOR_PUNCTUATION;
    }

    public static boolean isJavaIdentifierPart(char ch) {
        return isJavaIdentifierPart((int) ch);
    }

    public static boolean isJavaIdentifierPart(int codePoint) {
        int t = getType(codePoint);
        return (t >= UPPERCASE_LETTER && t <= OTHER_LETTER) || t == LETTER_NUMBER || t == CURRENCY_SYMBOL
                || t == CONNECTOR_PUNCTUATION || t == DECIMAL_DIGIT_NUMBER || t == COMBINING_SPACING_MARK
                || t == NON_SPACING_MARK || isIdentifierIgnorable(codePoint);
    }

    public static boolean isUnicodeIdentifierStart(int codePoint) {
        int t = getType(codePoint);
        return (t >= UPPERCASE_LETTER && t <= OTHER_LETTER) || t == LETTER_NUMBER;
    }

    public static boolean isUnicodeIdentifierPart(int codePoint) {
        int t = getType(codePoint);
        return (t >= UPPERCASE_LETTER && t <= OTHER_LETTER) || t == LETTER_NUMBER || t == CONNECTOR_PUNCTUATION
                || t == DECIMAL_DIGIT_NUMBER || t == COMBINING_SPACING_MARK || t == NON_SPACING_MARK
                || isIdentifierIgnorable(codePoint);
    }

    /* ---- case mapping ---- */

    public static char toUpperCase(char ch) {
        return (char) toUpperCase((int) ch);
    }

    public static int toUpperCase(int codePoint) {
        if (codePoint < 256) {
            if (codePoint >= 'a' && codePoint <= 'z') return codePoint - 32;
            if (codePoint < 0xb5) return codePoint;
            if (codePoint >= 0xe0 && codePoint != 0xf7 && codePoint != 0xff) return codePoint - 32;
            if (codePoint == 0xb5) return 0x39c;
            if (codePoint == 0xff) return 0x178;
            return codePoint;
        }
        if (codePoint > MAX_CODE_POINT) return codePoint;
        return upperOf(codePoint);
    }

    public static char toLowerCase(char ch) {
        return (char) toLowerCase((int) ch);
    }

    public static int toLowerCase(int codePoint) {
        if (codePoint < 256) {
            if (codePoint >= 'A' && codePoint <= 'Z') return codePoint + 32;
            if (codePoint >= 0xc0 && codePoint <= 0xde && codePoint != 0xd7) return codePoint + 32;
            return codePoint;
        }
        if (codePoint > MAX_CODE_POINT) return codePoint;
        return lowerOf(codePoint);
    }

    public static char toTitleCase(char ch) {
        return (char) toTitleCase((int) ch);
    }

    public static int toTitleCase(int codePoint) {
        if (codePoint < 256) return toUpperCase(codePoint);
        if (codePoint > MAX_CODE_POINT) return codePoint;
        return titleOf(codePoint);
    }

    /* ---- digits ---- */

    public static int digit(char ch, int radix) {
        return digit((int) ch, radix);
    }

    /** The value of codePoint as a digit in radix, or -1: decimal digits of any script,
     *  Latin letters (also fullwidth) for 10 and up. */
    public static int digit(int codePoint, int radix) {
        if (radix < MIN_RADIX || radix > MAX_RADIX) return -1;
        int v = -1;
        if (codePoint >= '0' && codePoint <= '9') v = codePoint - '0';
        else if (codePoint >= 'a' && codePoint <= 'z') v = codePoint - 'a' + 10;
        else if (codePoint >= 'A' && codePoint <= 'Z') v = codePoint - 'A' + 10;
        else if (codePoint >= 0xff21 && codePoint <= 0xff3a) v = codePoint - 0xff21 + 10;
        else if (codePoint >= 0xff41 && codePoint <= 0xff5a) v = codePoint - 0xff41 + 10;
        else if (codePoint >= 256 && codePoint <= MAX_CODE_POINT) v = digitOf(codePoint);
        return v < radix ? v : -1;
    }

    public static int getNumericValue(char ch) {
        return getNumericValue((int) ch);
    }

    /** Digits and Latin letters (also fullwidth) as digit(codePoint, 36); superscripts
     *  ¹²³ are 1..3 and the vulgar fractions -2. Other numeric characters (Roman numerals,
     *  circled numbers...) are -1 here, unlike the JDK. */
    public static int getNumericValue(int codePoint) {
        if (codePoint == 0xb2 || codePoint == 0xb3) return codePoint - 0xb0;
        if (codePoint == 0xb9) return 1;
        if (codePoint >= 0xbc && codePoint <= 0xbe) return -2;
        return digit(codePoint, MAX_RADIX);
    }

    public static char forDigit(int digit, int radix) {
        if (digit >= radix || digit < 0) return '\0';
        if (radix < MIN_RADIX || radix > MAX_RADIX) return '\0';
        if (digit < 10) return (char) ('0' + digit);
        return (char) ('a' - 10 + digit);
    }
}
