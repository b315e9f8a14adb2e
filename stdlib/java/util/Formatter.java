package java.util;

/**
 * printf-style formatting with the JDK's syntax, checks and output (Locale US):
 *
 *   %[index$][flags][width][.precision]conversion
 *   flags: - # + space 0 , ( and < (the previous argument)
 *   conversions: b B h H s S c C d o x X e E f g G % n
 *
 * Floating-point conversions start from the digits of Double.toString (the shortest
 * decimal of the value) and round them half up, as JDK 17's FormattedFloatingDecimal does:
 * String.format("%.2f", 0.125) is "0.13", String.format("%.1f", 0.15) is "0.2". Float
 * arguments are widened to double first. BigInteger, BigDecimal, dates (%t) and %a are not
 * supported (UnknownFormatConversionException for t and a).
 */
public final class Formatter implements java.io.Closeable, java.io.Flushable {
    private final StringBuilder sb;
    private final Appendable a;

    public Formatter() {
        sb = new StringBuilder();
        a = null;
    }

    public Formatter(StringBuilder sb) {
        this.sb = sb;
        this.a = null;
    }

    public Formatter(Appendable a) {
        if (a instanceof StringBuilder) {
            this.sb = (StringBuilder) a;
            this.a = null;
        } else {
            this.sb = new StringBuilder();
            this.a = a;
        }
    }

    public Formatter(Locale l) {
        this();
    }

    public Locale locale() {
        return Locale.US;
    }

    public Appendable out() {
        return a != null ? a : sb;
    }

    public String toString() {
        return a != null ? a.toString() : sb.toString();
    }

    public void flush() {
    }

    public void close() {
    }

    public Formatter format(Locale l, String format, Object... args) {
        return format(format, args);
    }

    /* flag bits, in the order Flags.toString prints them ('^' is JDK 17's mark of an
       upper-case conversion, which shows in some messages) */
    static final int LEFT = 1, UPPER = 2, ALTERNATE = 4, PLUS = 8, SPACE = 16, ZERO = 32, GROUP = 64, PAREN = 128,
            PREVIOUS = 256;
    private static final String FLAG_CHARS = "-^#+ 0,(<";

    static String flagString(int flags) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < FLAG_CHARS.length(); i++)
            if ((flags & (1 << i)) != 0) s.append(FLAG_CHARS.charAt(i));
        return s.toString();
    }

    static int flagBit(char c) {
        int i = FLAG_CHARS.indexOf(c);
        return i < 0 || c == '^' ? -1 : 1 << i;
    }

    /** One parsed %-specifier. */
    private static final class Spec {
        int index = -1; // explicit argument index, 1-based; -1 none
        int flags;
        int width = -1;
        int precision = -1;
        char c; // lower-case conversion (UPPER in flags for the capital forms)

        public String toString() {
            StringBuilder s = new StringBuilder("%");
            s.append(flagString(flags & ~UPPER));
            if (index > 0) s.append(index).append('$');
            if (width != -1) s.append(width);
            if (precision != -1) s.append('.').append(precision);
            s.append((flags & UPPER) != 0 ? Character.toUpperCase(c) : c);
            return s.toString();
        }
    }

    private static boolean isConversion(char c) {
        return "bBhHsScCdoxXeEfgGaAn%tT".indexOf(c) >= 0;
    }

    /** Parses the whole format first (errors before any output, as the JDK); the list
     *  holds Strings (literal text) and Specs. */
    private static ArrayList<Object> parse(String s) {
        ArrayList<Object> al = new ArrayList<Object>();
        int i = 0, max = s.length();
        while (i < max) {
            int n = s.indexOf('%', i);
            if (n < 0) {
                al.add(s.substring(i));
                break;
            }
            if (i != n) al.add(s.substring(i, n));
            i = n + 1;
            if (i >= max) throw new UnknownFormatConversionException("%");
            Spec sp = new Spec();
            int j = i;
            /* index: digits followed by '$' */
            int k = j;
            while (k < max && s.charAt(k) >= '0' && s.charAt(k) <= '9') k++;
            if (k > j && k < max && s.charAt(k) == '$') {
                sp.index = parseNumber(s, j, k);
                j = k + 1;
            }
            /* flags */
            while (j < max) {
                int bit = flagBit(s.charAt(j));
                if (bit < 0) break;
                if ((sp.flags & bit) != 0) throw new DuplicateFormatFlagsException(String.valueOf(s.charAt(j)));
                sp.flags |= bit;
                j++;
            }
            /* width */
            k = j;
            while (k < max && s.charAt(k) >= '0' && s.charAt(k) <= '9') k++;
            if (k > j) {
                sp.width = parseNumber(s, j, k);
                if (sp.width < 0) throw new IllegalFormatWidthException(sp.width);
                j = k;
            }
            /* precision */
            if (j < max && s.charAt(j) == '.') {
                k = j + 1;
                while (k < max && s.charAt(k) >= '0' && s.charAt(k) <= '9') k++;
                if (k == j + 1) throw new UnknownFormatConversionException(String.valueOf(s.charAt(i)));
                sp.precision = parseNumber(s, j + 1, k);
                if (sp.precision < 0) throw new IllegalFormatPrecisionException(sp.precision);
                j = k;
            }
            /* the conversion: not a letter (or %) means no specifier matched at all */
            char c = j < max ? s.charAt(j) : ' ';
            boolean letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '%';
            if (!letter) throw new UnknownFormatConversionException(String.valueOf(s.charAt(i)));
            if (!isConversion(c) || c == 'a' || c == 'A') throw new UnknownFormatConversionException(String.valueOf(c));
            if (c == 't' || c == 'T') {
                /* dates are not supported: report the date conversion as unknown */
                throw new UnknownFormatConversionException(j + 1 < max ? "t" + s.charAt(j + 1) : "t");
            }
            if (Character.isUpperCase(c)) {
                sp.flags |= UPPER;
                c = Character.toLowerCase(c);
            }
            sp.c = c;
            check(sp);
            al.add(sp);
            i = j + 1;
        }
        return al;
    }

    private static int parseNumber(String s, int from, int to) {
        long v = 0;
        for (int i = from; i < to; i++) {
            v = v * 10 + (s.charAt(i) - '0');
            if (v > Integer.MAX_VALUE) return -1;
        }
        return (int) v;
    }

    private static void failMismatch(int flags, char c) {
        throw new FormatFlagsConversionMismatchException(flagString(flags), c);
    }

    /** The first of the flags in `bad` (checked in that order, as the JDK) that sp has
     *  is a FormatFlagsConversionMismatchException. */
    private static void checkBadFlags(Spec sp, String bad) {
        for (int i = 0; i < bad.length(); i++) {
            int bit = flagBit(bad.charAt(i));
            if ((sp.flags & bit) != 0) failMismatch(bit, sp.c);
        }
    }

    private static void checkNumeric(Spec sp) {
        if (sp.width == -1 && (sp.flags & (LEFT | ZERO)) != 0) throw new MissingFormatWidthException(sp.toString());
        if ((sp.flags & (PLUS | SPACE)) == (PLUS | SPACE) || (sp.flags & (LEFT | ZERO)) == (LEFT | ZERO))
            throw new IllegalFormatFlagsException(flagString(sp.flags));
    }

    private static void check(Spec sp) {
        char c = sp.c;
        if (sp.c == '%' || sp.c == 'n') {
            if (sp.precision != -1) throw new IllegalFormatPrecisionException(sp.precision);
            if (c == '%') {
                int f = sp.flags & ~UPPER & ~PREVIOUS;
                if (f != LEFT && f != 0) throw new IllegalFormatFlagsException(flagString(sp.flags));
                if (sp.width == -1 && (sp.flags & LEFT) != 0) throw new MissingFormatWidthException(sp.toString());
            } else {
                if (sp.width != -1) throw new IllegalFormatWidthException(sp.width);
                if ((sp.flags & ~PREVIOUS) != 0) throw new IllegalFormatFlagsException(flagString(sp.flags));
            }
            return;
        }
        switch (c) {
        case 'b':
        case 'h':
        case 's':
            if ((c == 'b' || c == 'h') && (sp.flags & ALTERNATE) != 0) failMismatch(ALTERNATE, c);
            if (sp.width == -1 && (sp.flags & LEFT) != 0) throw new MissingFormatWidthException(sp.toString());
            checkBadFlags(sp, "+ 0,(");
            break;
        case 'c':
            if (sp.precision != -1) throw new IllegalFormatPrecisionException(sp.precision);
            checkBadFlags(sp, "#+ 0,(");
            if (sp.width == -1 && (sp.flags & LEFT) != 0) throw new MissingFormatWidthException(sp.toString());
            break;
        case 'd':
        case 'o':
        case 'x':
            checkNumeric(sp);
            if (sp.precision != -1) throw new IllegalFormatPrecisionException(sp.precision);
            if (c == 'd') checkBadFlags(sp, "#");
            else checkBadFlags(sp, ",");
            break;
        default: /* e f g */
            checkNumeric(sp);
            if (c == 'e') checkBadFlags(sp, ",");
            else if (c == 'g') checkBadFlags(sp, "#");
            break;
        }
    }

    /** Formats args into this formatter's output; returns this. */
    public Formatter format(String format, Object... args) {
        ArrayList<Object> fsa = parse(format);
        int last = -1; // index of the last argument used
        int lasto = -1; // index of the last ordinary (non-indexed) argument
        for (int n = 0; n < fsa.size(); n++) {
            Object part = fsa.get(n);
            if (part instanceof String) {
                append((String) part);
                continue;
            }
            Spec sp = (Spec) part;
            if (sp.c == '%') {
                justify(sp, "%");
                continue;
            }
            if (sp.c == 'n') {
                append("\n");
                continue;
            }
            /* with args == null, every specifier prints null (as the JDK) */
            int idx;
            if ((sp.flags & PREVIOUS) != 0) {
                idx = last;
                if (last < 0 || (args != null && last > args.length - 1))
                    throw new MissingFormatArgumentException(sp.toString());
            } else if (sp.index > 0) {
                idx = sp.index - 1;
                if (args != null && idx > args.length - 1) throw new MissingFormatArgumentException(sp.toString());
            } else {
                idx = ++lasto;
                if (args != null && lasto > args.length - 1) throw new MissingFormatArgumentException(sp.toString());
            }
            last = idx;
            print(sp, args == null ? null : args[idx]);
        }
        if (a != null) {
            try {
                a.append(sb);
            } catch (java.io.IOException e) {
                /* remembered by the JDK for ioException(); ignored here */
            }
            sb.setLength(0);
        }
        return this;
    }

    private void append(CharSequence s) {
        sb.append(s);
    }

    private void justify(Spec sp, CharSequence cs) {
        if (sp.width == -1) {
            sb.append(cs);
            return;
        }
        boolean padRight = (sp.flags & LEFT) != 0;
        int pad = sp.width - cs.length();
        if (padRight) sb.append(cs);
        for (int i = 0; i < pad; i++) sb.append(' ');
        if (!padRight) sb.append(cs);
    }

    /** Text conversions: precision truncates, then upper case, then the width. */
    private void printText(Spec sp, String s) {
        if (sp.precision != -1 && sp.precision < s.length()) s = s.substring(0, sp.precision);
        if ((sp.flags & UPPER) != 0) s = s.toUpperCase();
        justify(sp, s);
    }

    private static IllegalFormatConversionException failConversion(char c, Object arg) {
        return new IllegalFormatConversionException(c, arg.getClass());
    }

    private void print(Spec sp, Object arg) {
        char c = sp.c;
        switch (c) {
        case 'b':
            printText(sp, arg == null ? "false" : (arg instanceof Boolean ? arg.toString() : "true"));
            return;
        case 'h':
            printText(sp, arg == null ? "null" : Integer.toHexString(arg.hashCode()));
            return;
        case 's':
            if ((sp.flags & ALTERNATE) != 0) failMismatch(ALTERNATE, 's');
            printText(sp, arg == null ? "null" : arg.toString());
            return;
        case 'c':
            printChar(sp, arg);
            return;
        case 'd':
        case 'o':
        case 'x':
            printInteger(sp, arg);
            return;
        default:
            printFloat(sp, arg);
        }
    }

    private void printChar(Spec sp, Object arg) {
        if (arg == null) {
            printText(sp, "null");
            return;
        }
        int cp;
        if (arg instanceof Character) cp = ((Character) arg).charValue();
        else if (arg instanceof Byte) cp = ((Byte) arg).byteValue();
        else if (arg instanceof Short) cp = ((Short) arg).shortValue();
        else if (arg instanceof Integer) cp = ((Integer) arg).intValue();
        else throw failConversion(sp.c, arg);
        if (!(arg instanceof Character) && !Character.isValidCodePoint(cp)) throw new IllegalFormatCodePointException(cp);
        printText(sp, new String(Character.toChars(cp)));
    }

    /* ---- integers ---- */

    private void printInteger(Spec sp, Object arg) {
        if (arg == null) {
            printText(sp, "null");
            return;
        }
        long v;
        int bits;
        if (arg instanceof Integer) {
            v = ((Integer) arg).intValue();
            bits = 32;
        } else if (arg instanceof Long) {
            v = ((Long) arg).longValue();
            bits = 64;
        } else if (arg instanceof Short) {
            v = ((Short) arg).shortValue();
            bits = 16;
        } else if (arg instanceof Byte) {
            v = ((Byte) arg).byteValue();
            bits = 8;
        } else {
            throw failConversion(sp.c, arg);
        }
        StringBuilder b = new StringBuilder();
        if (sp.c == 'd') {
            boolean neg = v < 0;
            String valueStr = Long.toString(v);
            leadingSign(sp, b, neg);
            localizedMagnitude(sp, b, valueStr, neg ? 1 : 0, adjustWidth(sp, sp.width, neg));
            trailingSign(sp, b, neg);
        } else {
            checkBadFlags(sp, "( +");
            if (v < 0 && bits < 64) v += 1L << bits;
            boolean hex = sp.c == 'x';
            String s = hex ? Long.toHexString(v) : Long.toOctalString(v);
            boolean alt = (sp.flags & ALTERNATE) != 0;
            int len = s.length() + (alt ? (hex ? 2 : 1) : 0);
            if (alt) b.append(hex ? ((sp.flags & UPPER) != 0 ? "0X" : "0x") : "0");
            if ((sp.flags & ZERO) != 0)
                for (int i = len; i < sp.width; i++) b.append('0');
            if ((sp.flags & UPPER) != 0) s = s.toUpperCase();
            b.append(s);
        }
        justify(sp, b);
    }

    private static void leadingSign(Spec sp, StringBuilder b, boolean neg) {
        if (!neg) {
            if ((sp.flags & PLUS) != 0) b.append('+');
            else if ((sp.flags & SPACE) != 0) b.append(' ');
        } else {
            if ((sp.flags & PAREN) != 0) b.append('(');
            else b.append('-');
        }
    }

    private static void trailingSign(Spec sp, StringBuilder b, boolean neg) {
        if (neg && (sp.flags & PAREN) != 0) b.append(')');
    }

    private static int adjustWidth(Spec sp, int width, boolean neg) {
        if (width != -1 && neg && (sp.flags & PAREN) != 0) return width - 1;
        return width;
    }

    /** Appends value[offset...] with ',' every three integer digits (GROUP), then pads
     *  with zeros after b's start (ZERO) until b is width long. */
    private static void localizedMagnitude(Spec sp, StringBuilder b, CharSequence value, int offset, int width) {
        int begin = b.length();
        int len = value.length();
        int dot = len;
        for (int j = offset; j < len; j++) {
            if (value.charAt(j) == '.') {
                dot = j;
                break;
            }
        }
        boolean group = (sp.flags & GROUP) != 0;
        for (int j = offset; j < len; j++) {
            if (j == dot) {
                b.append('.');
                group = false;
                continue;
            }
            b.append(value.charAt(j));
            if (group && j != dot - 1 && ((dot - j) % 3 == 1)) b.append(',');
        }
        if (width != -1 && (sp.flags & ZERO) != 0)
            for (int k = b.length(); k < width; k++) b.insert(begin, '0');
    }

    /* ---- floating point ---- */

    private void printFloat(Spec sp, Object arg) {
        if (arg == null) {
            printText(sp, "null");
            return;
        }
        double value;
        if (arg instanceof Double) value = ((Double) arg).doubleValue();
        else if (arg instanceof Float) value = ((Float) arg).floatValue();
        else throw failConversion(sp.c, arg);
        StringBuilder b = new StringBuilder();
        boolean neg = Double.compare(value, 0.0) == -1;
        if (value == value) {
            double v = Math.abs(value);
            leadingSign(sp, b, neg);
            if (v != Double.POSITIVE_INFINITY) printFinite(sp, b, v, neg);
            else b.append((sp.flags & UPPER) != 0 ? "INFINITY" : "Infinity");
            trailingSign(sp, b, neg);
        } else {
            b.append((sp.flags & UPPER) != 0 ? "NAN" : "NaN");
        }
        justify(sp, b);
    }

    /**
     * The significant digits of v >= 0 (from Double.toString, trailing zeros dropped) in
     * digits[0, nDigits), and the exponent e with v = 0.d1d2... * 10^e; for zero, "0" and 0.
     */
    private static final class Decimal {
        char[] digits;
        int nDigits;
        int decExp;

        Decimal(double v) {
            if (v == 0.0) {
                digits = new char[] {'0'};
                nDigits = 1;
                decExp = 0;
                return;
            }
            String s = Double.toString(v);
            int e = s.indexOf('E');
            int exp10 = 0;
            String mant = s;
            if (e >= 0) {
                exp10 = Integer.parseInt(s.substring(e + 1));
                mant = s.substring(0, e);
            }
            int dot = mant.indexOf('.');
            String intPart = mant.substring(0, dot), frac = mant.substring(dot + 1);
            String all = intPart + frac;
            int lead = 0;
            while (lead < all.length() - 1 && all.charAt(lead) == '0') lead++;
            int end = all.length();
            while (end > lead + 1 && all.charAt(end - 1) == '0') end--;
            digits = all.substring(lead, end).toCharArray();
            nDigits = digits.length;
            /* the point is after intPart.length() digits of `all`, then moved by exp10 */
            decExp = intPart.length() - lead + exp10;
        }

        /** Rounds half up to prec significant digits; returns the (maybe bumped) exponent. */
        int applyPrecision(int prec) {
            if (prec >= nDigits || prec < 0) return decExp;
            if (prec == 0) {
                if (digits[0] >= '5') {
                    digits[0] = '1';
                    for (int i = 1; i < nDigits; i++) digits[i] = '0';
                    return decExp + 1;
                }
                for (int i = 0; i < nDigits; i++) digits[i] = '0';
                return decExp;
            }
            int q = digits[prec];
            if (q >= '5') {
                int i = prec;
                q = digits[--i];
                if (q == '9') {
                    while (q == '9' && i > 0) q = digits[--i];
                    if (q == '9') {
                        digits[0] = '1';
                        for (int k = 1; k < nDigits; k++) digits[k] = '0';
                        return decExp + 1;
                    }
                }
                digits[i] = (char) (q + 1);
                for (int k = i + 1; k < nDigits; k++) digits[k] = '0';
            } else {
                for (int k = prec; k < nDigits; k++) digits[k] = '0';
            }
            return decExp;
        }

        /** The plain mantissa with at most precision fraction digits (no padding). */
        String fillDecimal(int precision, int exp) {
            StringBuilder m = new StringBuilder();
            if (exp > 0) {
                if (nDigits < exp) {
                    m.append(digits, 0, nDigits);
                    for (int i = nDigits; i < exp; i++) m.append('0');
                } else {
                    int t = Math.min(nDigits - exp, precision);
                    m.append(digits, 0, exp);
                    if (t > 0) {
                        m.append('.');
                        m.append(digits, exp, t);
                    }
                }
            } else {
                int zeros = Math.max(0, Math.min(-exp, precision));
                int t = Math.max(0, Math.min(nDigits, precision + exp));
                if (zeros > 0) {
                    m.append("0.");
                    for (int i = 0; i < zeros; i++) m.append('0');
                    if (t > 0) m.append(digits, 0, t);
                } else if (t > 0) {
                    m.append("0.");
                    m.append(digits, 0, t);
                } else {
                    m.append('0');
                }
            }
            return m.toString();
        }

        /** d.ddd with at most precision fraction digits. */
        String fillScientificMantissa(int precision) {
            int t = Math.max(0, Math.min(nDigits - 1, precision));
            StringBuilder m = new StringBuilder();
            m.append(digits[0]);
            if (t > 0) {
                m.append('.');
                m.append(digits, 1, t);
            }
            return m.toString();
        }

        /** "+05", "-123": the sign and at least two digits of exp - 1. */
        static String exponent(int exp) {
            char sign;
            int e;
            if (exp <= 0) {
                sign = '-';
                e = -exp + 1;
            } else {
                sign = '+';
                e = exp - 1;
            }
            return e <= 9 ? sign + "0" + e : sign + String.valueOf(e);
        }
    }

    /** Appends zeros (and the point) so that m has exactly prec fraction digits. */
    private static void addZeros(StringBuilder m, int prec) {
        int len = m.length();
        int i = m.indexOf(".");
        boolean needDot = i < 0;
        if (needDot) i = len;
        int outPrec = len - i - (needDot ? 0 : 1);
        if (outPrec >= prec) return;
        if (needDot) m.append('.');
        for (int k = outPrec; k < prec; k++) m.append('0');
    }

    private void printFinite(Spec sp, StringBuilder b, double value, boolean neg) {
        char c = sp.c;
        if (c == 'e') {
            int prec = sp.precision == -1 ? 6 : sp.precision;
            Decimal d = new Decimal(value);
            int exp = d.applyPrecision(prec + 1);
            StringBuilder mant = new StringBuilder(d.fillScientificMantissa(prec));
            addZeros(mant, prec);
            if ((sp.flags & ALTERNATE) != 0 && prec == 0) mant.append('.');
            String expStr = value == 0.0 ? "+00" : Decimal.exponent(exp);
            int newW = sp.width;
            if (sp.width != -1) newW = adjustWidth(sp, sp.width - expStr.length() - 1, neg);
            localizedMagnitude(sp, b, mant, 0, newW);
            b.append((sp.flags & UPPER) != 0 ? 'E' : 'e');
            b.append(expStr);
        } else if (c == 'f') {
            int prec = sp.precision == -1 ? 6 : sp.precision;
            Decimal d = new Decimal(value);
            int exp = d.applyPrecision(d.decExp + prec);
            StringBuilder mant = new StringBuilder(d.fillDecimal(prec, exp));
            addZeros(mant, prec);
            if ((sp.flags & ALTERNATE) != 0 && prec == 0) mant.append('.');
            localizedMagnitude(sp, b, mant, 0, adjustWidth(sp, sp.width, neg));
        } else { /* g */
            int prec = sp.precision;
            if (prec == -1) prec = 6;
            else if (prec == 0) prec = 1;
            String expStr = null;
            StringBuilder mant = new StringBuilder();
            int expRounded;
            if (value == 0.0) {
                mant.append('0');
                expRounded = 0;
            } else {
                Decimal d = new Decimal(value);
                int p = prec - 1;
                int exp = d.applyPrecision(p + 1);
                if (exp - 1 < -4 || exp - 1 >= p + 1) {
                    mant.append(d.fillScientificMantissa(p));
                    expStr = Decimal.exponent(exp);
                } else {
                    mant.append(d.fillDecimal(p - (exp - 1), exp));
                }
                expRounded = exp - 1;
            }
            if (expStr != null) prec -= 1;
            else prec -= expRounded + 1;
            addZeros(mant, prec);
            if ((sp.flags & ALTERNATE) != 0 && prec == 0) mant.append('.');
            int newW = sp.width;
            if (sp.width != -1) {
                if (expStr != null) newW = adjustWidth(sp, sp.width - expStr.length() - 1, neg);
                else newW = adjustWidth(sp, sp.width, neg);
            }
            localizedMagnitude(sp, b, mant, 0, newW);
            if (expStr != null) {
                b.append((sp.flags & UPPER) != 0 ? 'E' : 'e');
                b.append(expStr);
            }
        }
    }
}
