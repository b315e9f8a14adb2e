package java.lang;

import java.util.Comparator;
import java.util.Formatter;
import java.util.Iterator;
import java.util.regex.Pattern;

/**
 * Immutable UTF-16 text.
 *
 * The VM depends on the two fields, in this order: value (exactly length() characters,
 * never shared with a mutable owner) and hash (0 = not computed yet). It makes string
 * literals and the strings of natives itself, without a constructor. valueOf of int,
 * long, float and double, and intern, are natives (natives.c); the rest is Java.
 * Case mapping covers ASCII and Latin-1 exactly (Character's tables beyond).
 * Regular expressions (split, matches, replaceAll, replaceFirst) go through
 * java.util.regex, a subset of the JDK's syntax; split on a literal or a single character
 * does not need it.
 */
public final class String implements java.io.Serializable, Comparable<String>, CharSequence {
    private final char[] value;
    private int hash;

    public static final Comparator<String> CASE_INSENSITIVE_ORDER = new CaseInsensitiveComparator();

    public String() {
        value = new char[0];
    }

    public String(String original) {
        value = original.value;
        hash = original.hash;
    }

    public String(char[] value) {
        this.value = copy(value, 0, value.length);
    }

    public String(char[] value, int offset, int count) {
        checkOffsetCount(offset, count, value.length);
        this.value = copy(value, offset, count);
    }

    /** The code points in codePoints[offset, offset + count). */
    public String(int[] codePoints, int offset, int count) {
        checkOffsetCount(offset, count, codePoints.length);
        int n = 0;
        for (int i = offset; i < offset + count; i++) n += Character.charCount(codePoints[i]);
        char[] v = new char[n];
        int k = 0;
        for (int i = offset; i < offset + count; i++) k += Character.toChars(codePoints[i], v, k);
        this.value = v;
    }

    /** Decodes UTF-8; malformed input becomes U+FFFD. */
    public String(byte[] bytes) {
        this(bytes, 0, bytes.length);
    }

    public String(byte[] bytes, int offset, int length) {
        checkOffsetCount(offset, length, bytes.length);
        this.value = decodeUtf8(bytes, offset, length);
    }

    /** Only UTF-8 (and its subsets US-ASCII, ISO-8859-1 read as UTF-8) is known. */
    public String(byte[] bytes, String charsetName) throws java.io.UnsupportedEncodingException {
        this(bytes, 0, bytes.length);
    }

    public String(StringBuilder builder) {
        this.value = builder.toString().value;
    }

    public String(StringBuffer buffer) {
        this.value = buffer.toString().value;
    }

    /** Takes v as the value, without copying: v must not be written afterwards. */
    String(boolean share, char[] v) {
        this.value = v;
    }

    private static char[] copy(char[] a, int from, int n) {
        char[] r = new char[n];
        System.arraycopy(a, from, r, 0, n);
        return r;
    }

    private static void checkOffsetCount(int offset, int count, int length) {
        if (offset < 0 || count < 0 || offset > length - count)
            throw new StringIndexOutOfBoundsException("offset " + offset + ", count " + count + ", length " + length);
    }

    private static void checkBoundsBeginEnd(int begin, int end, int length) {
        if (begin < 0 || begin > end || end > length)
            throw new StringIndexOutOfBoundsException("begin " + begin + ", end " + end + ", length " + length);
    }

    private static void checkIndex(int index, int length) {
        if (index < 0 || index >= length)
            throw new StringIndexOutOfBoundsException("index " + index + ", length " + length);
    }

    static char[] decodeUtf8(byte[] b, int off, int len) {
        char[] out = new char[len];
        int n = 0, i = off, end = off + len;
        while (i < end) {
            int c = b[i] & 0xff;
            if (c < 0x80) {
                out[n++] = (char) c;
                i++;
                continue;
            }
            int need, cp;
            if (c >= 0xc2 && c <= 0xdf) {
                need = 1;
                cp = c & 0x1f;
            } else if (c >= 0xe0 && c <= 0xef) {
                need = 2;
                cp = c & 0x0f;
            } else if (c >= 0xf0 && c <= 0xf4) {
                need = 3;
                cp = c & 0x07;
            } else {
                out[n++] = '\ufffd';
                i++;
                continue;
            }
            int j = i + 1;
            boolean ok = true;
            for (int k = 0; k < need; k++, j++) {
                if (j >= end || (b[j] & 0xc0) != 0x80) {
                    ok = false;
                    break;
                }
                int cb = b[j] & 0x3f;
                if (k == 0) {
                    /* reject overlong forms, surrogates and code points above U+10FFFF early */
                    int first = b[j] & 0xff;
                    if ((c == 0xe0 && first < 0xa0) || (c == 0xed && first > 0x9f) || (c == 0xf0 && first < 0x90)
                            || (c == 0xf4 && first > 0x8f)) {
                        ok = false;
                        break;
                    }
                }
                cp = (cp << 6) | cb;
            }
            if (!ok) {
                out[n++] = '\ufffd';
                i = j > i + 1 ? j : i + 1;
                continue;
            }
            i = j;
            if (cp >= 0x10000) {
                out[n++] = Character.highSurrogate(cp);
                out[n++] = Character.lowSurrogate(cp);
            } else {
                out[n++] = (char) cp;
            }
        }
        return n == out.length ? out : copy(out, 0, n);
    }

    public int length() {
        return value.length;
    }

    public boolean isEmpty() {
        return value.length == 0;
    }

    public char charAt(int index) {
        if (index < 0 || index >= value.length) throw new StringIndexOutOfBoundsException(index);
        return value[index];
    }

    public int codePointAt(int index) {
        checkIndex(index, value.length);
        return Character.codePointAt(value, index, value.length);
    }

    public int codePointBefore(int index) {
        int i = index - 1;
        checkIndex(i, value.length);
        return Character.codePointBefore(value, index, 0);
    }

    public int codePointCount(int beginIndex, int endIndex) {
        checkBoundsBeginEnd(beginIndex, endIndex, value.length);
        int n = endIndex - beginIndex;
        for (int i = beginIndex; i < endIndex - 1; i++)
            if (Character.isHighSurrogate(value[i]) && Character.isLowSurrogate(value[i + 1])) {
                n--;
                i++;
            }
        return n;
    }

    public void getChars(int srcBegin, int srcEnd, char[] dst, int dstBegin) {
        checkBoundsBeginEnd(srcBegin, srcEnd, value.length);
        System.arraycopy(value, srcBegin, dst, dstBegin, srcEnd - srcBegin);
    }

    /** UTF-8 bytes; a lone surrogate becomes '?'. */
    public byte[] getBytes() {
        int n = 0;
        for (int i = 0; i < value.length; i++) {
            char c = value[i];
            if (c < 0x80) n += 1;
            else if (c < 0x800) n += 2;
            else if (Character.isHighSurrogate(c) && i + 1 < value.length && Character.isLowSurrogate(value[i + 1])) {
                n += 4;
                i++;
            } else if (Character.isSurrogate(c)) n += 1;
            else n += 3;
        }
        byte[] b = new byte[n];
        int k = 0;
        for (int i = 0; i < value.length; i++) {
            char c = value[i];
            if (c < 0x80) {
                b[k++] = (byte) c;
            } else if (c < 0x800) {
                b[k++] = (byte) (0xc0 | (c >> 6));
                b[k++] = (byte) (0x80 | (c & 0x3f));
            } else if (Character.isHighSurrogate(c) && i + 1 < value.length && Character.isLowSurrogate(value[i + 1])) {
                int cp = Character.toCodePoint(c, value[++i]);
                b[k++] = (byte) (0xf0 | (cp >> 18));
                b[k++] = (byte) (0x80 | ((cp >> 12) & 0x3f));
                b[k++] = (byte) (0x80 | ((cp >> 6) & 0x3f));
                b[k++] = (byte) (0x80 | (cp & 0x3f));
            } else if (Character.isSurrogate(c)) {
                b[k++] = (byte) '?';
            } else {
                b[k++] = (byte) (0xe0 | (c >> 12));
                b[k++] = (byte) (0x80 | ((c >> 6) & 0x3f));
                b[k++] = (byte) (0x80 | (c & 0x3f));
            }
        }
        return b;
    }

    public byte[] getBytes(String charsetName) throws java.io.UnsupportedEncodingException {
        return getBytes();
    }

    public boolean equals(Object anObject) {
        if (this == anObject) return true;
        if (!(anObject instanceof String)) return false;
        char[] a = value, b = ((String) anObject).value;
        int n = a.length;
        if (n != b.length) return false;
        for (int i = 0; i < n; i++)
            if (a[i] != b[i]) return false;
        return true;
    }

    public boolean contentEquals(CharSequence cs) {
        int n = value.length;
        if (n != cs.length()) return false;
        for (int i = 0; i < n; i++)
            if (value[i] != cs.charAt(i)) return false;
        return true;
    }

    public boolean equalsIgnoreCase(String anotherString) {
        return this == anotherString
                || (anotherString != null && anotherString.value.length == value.length
                        && regionMatches(true, 0, anotherString, 0, value.length));
    }

    public int compareTo(String anotherString) {
        char[] a = value, b = anotherString.value;
        int n = Math.min(a.length, b.length);
        for (int i = 0; i < n; i++) {
            char x = a[i], y = b[i];
            if (x != y) return x - y;
        }
        return a.length - b.length;
    }

    public int compareToIgnoreCase(String str) {
        return CASE_INSENSITIVE_ORDER.compare(this, str);
    }

    /** Compares char by char after toUpperCase then toLowerCase, as the JDK does. */
    private static class CaseInsensitiveComparator implements Comparator<String>, java.io.Serializable {
        public int compare(String s1, String s2) {
            int n1 = s1.length(), n2 = s2.length();
            int min = Math.min(n1, n2);
            for (int i = 0; i < min; i++) {
                char c1 = s1.charAt(i), c2 = s2.charAt(i);
                if (c1 != c2) {
                    c1 = Character.toUpperCase(c1);
                    c2 = Character.toUpperCase(c2);
                    if (c1 != c2) {
                        c1 = Character.toLowerCase(c1);
                        c2 = Character.toLowerCase(c2);
                        if (c1 != c2) return c1 - c2;
                    }
                }
            }
            return n1 - n2;
        }
    }

    public boolean regionMatches(int toffset, String other, int ooffset, int len) {
        if (ooffset < 0 || toffset < 0 || toffset > (long) value.length - len
                || ooffset > (long) other.value.length - len)
            return false;
        for (int i = 0; i < len; i++)
            if (value[toffset + i] != other.value[ooffset + i]) return false;
        return true;
    }

    public boolean regionMatches(boolean ignoreCase, int toffset, String other, int ooffset, int len) {
        if (!ignoreCase) return regionMatches(toffset, other, ooffset, len);
        if (ooffset < 0 || toffset < 0 || toffset > (long) value.length - len
                || ooffset > (long) other.value.length - len)
            return false;
        for (int i = 0; i < len; i++) {
            char c1 = value[toffset + i], c2 = other.value[ooffset + i];
            if (c1 == c2) continue;
            char u1 = Character.toUpperCase(c1), u2 = Character.toUpperCase(c2);
            if (u1 == u2) continue;
            if (Character.toLowerCase(u1) == Character.toLowerCase(u2)) continue;
            return false;
        }
        return true;
    }

    public boolean startsWith(String prefix, int toffset) {
        if (toffset < 0 || toffset > value.length - prefix.value.length) return false;
        char[] p = prefix.value;
        for (int i = 0; i < p.length; i++)
            if (value[toffset + i] != p[i]) return false;
        return true;
    }

    public boolean startsWith(String prefix) {
        return startsWith(prefix, 0);
    }

    public boolean endsWith(String suffix) {
        return startsWith(suffix, value.length - suffix.value.length);
    }

    public int hashCode() {
        int h = hash;
        if (h == 0) {
            char[] v = value;
            for (int i = 0; i < v.length; i++) h = 31 * h + v[i];
            hash = h;
        }
        return h;
    }

    public int indexOf(int ch) {
        return indexOf(ch, 0);
    }

    public int indexOf(int ch, int fromIndex) {
        char[] v = value;
        if (fromIndex < 0) fromIndex = 0;
        if (ch < Character.MIN_SUPPLEMENTARY_CODE_POINT) {
            for (int i = fromIndex; i < v.length; i++)
                if (v[i] == ch) return i;
            return -1;
        }
        if (ch > Character.MAX_CODE_POINT) return -1;
        char hi = Character.highSurrogate(ch), lo = Character.lowSurrogate(ch);
        for (int i = fromIndex; i < v.length - 1; i++)
            if (v[i] == hi && v[i + 1] == lo) return i;
        return -1;
    }

    public int lastIndexOf(int ch) {
        return lastIndexOf(ch, value.length - 1);
    }

    public int lastIndexOf(int ch, int fromIndex) {
        char[] v = value;
        if (ch < Character.MIN_SUPPLEMENTARY_CODE_POINT) {
            for (int i = Math.min(fromIndex, v.length - 1); i >= 0; i--)
                if (v[i] == ch) return i;
            return -1;
        }
        if (ch > Character.MAX_CODE_POINT) return -1;
        char hi = Character.highSurrogate(ch), lo = Character.lowSurrogate(ch);
        for (int i = Math.min(fromIndex, v.length - 2); i >= 0; i--)
            if (v[i] == hi && v[i + 1] == lo) return i;
        return -1;
    }

    public int indexOf(String str) {
        return indexOf(str, 0);
    }

    public int indexOf(String str, int fromIndex) {
        return StringSupport.indexOf(value, value.length, str.value, fromIndex);
    }

    public int lastIndexOf(String str) {
        return lastIndexOf(str, value.length);
    }

    public int lastIndexOf(String str, int fromIndex) {
        return StringSupport.lastIndexOf(value, value.length, str.value, fromIndex);
    }

    public String substring(int beginIndex) {
        return substring(beginIndex, value.length);
    }

    public String substring(int beginIndex, int endIndex) {
        checkBoundsBeginEnd(beginIndex, endIndex, value.length);
        if (beginIndex == 0 && endIndex == value.length) return this;
        return new String(value, beginIndex, endIndex - beginIndex);
    }

    public CharSequence subSequence(int beginIndex, int endIndex) {
        return substring(beginIndex, endIndex);
    }

    public String concat(String str) {
        if (str.value.length == 0) return this;
        if (value.length == 0) return str;
        char[] r = new char[value.length + str.value.length];
        System.arraycopy(value, 0, r, 0, value.length);
        System.arraycopy(str.value, 0, r, value.length, str.value.length);
        return new String(true, r);
    }

    public String replace(char oldChar, char newChar) {
        if (oldChar == newChar) return this;
        char[] v = value;
        int i = 0;
        while (i < v.length && v[i] != oldChar) i++;
        if (i == v.length) return this;
        char[] r = copy(v, 0, v.length);
        for (; i < r.length; i++)
            if (r[i] == oldChar) r[i] = newChar;
        return new String(true, r);
    }

    public String replace(CharSequence target, CharSequence replacement) {
        String t = target.toString(), r = replacement.toString();
        char[] tv = t.value;
        int j = StringSupport.indexOf(value, value.length, tv, 0);
        if (j < 0) return this;
        StringBuilder sb = new StringBuilder(value.length + 16);
        int i = 0;
        if (tv.length == 0) {
            /* an empty target matches before every char and at the end */
            for (; i < value.length; i++) {
                sb.append(r);
                sb.append(value[i]);
            }
            sb.append(r);
            return sb.toString();
        }
        do {
            sb.append(value, i, j - i);
            sb.append(r);
            i = j + tv.length;
            j = StringSupport.indexOf(value, value.length, tv, i);
        } while (j >= 0);
        sb.append(value, i, value.length - i);
        return sb.toString();
    }

    public boolean contains(CharSequence s) {
        return indexOf(s.toString()) >= 0;
    }

    public boolean matches(String regex) {
        return Pattern.matches(regex, this);
    }

    public String replaceAll(String regex, String replacement) {
        return Pattern.compile(regex).matcher(this).replaceAll(replacement);
    }

    public String replaceFirst(String regex, String replacement) {
        return Pattern.compile(regex).matcher(this).replaceFirst(replacement);
    }

    public String[] split(String regex) {
        return split(regex, 0);
    }

    /**
     * Splits around matches of regex. A literal (one char that is not a regex
     * metacharacter, or a backslash and a char that is not a letter or digit) takes a
     * fast path; anything else goes through java.util.regex.
     */
    public String[] split(String regex, int limit) {
        char ch = 0;
        boolean literal = false;
        int rn = regex.length();
        if (rn == 1 && ".$|()[{^?*+\\".indexOf(regex.charAt(0)) < 0) {
            ch = regex.charAt(0);
            literal = true;
        } else if (rn == 2 && regex.charAt(0) == '\\' && !isAsciiLetterOrDigit(regex.charAt(1))
                && !Character.isSurrogate(regex.charAt(1))) {
            ch = regex.charAt(1);
            literal = true;
        }
        if (!literal) return Pattern.compile(regex).split(this, limit);
        java.util.ArrayList<String> list = new java.util.ArrayList<String>();
        int off = 0, next;
        boolean limited = limit > 0;
        while ((next = indexOf(ch, off)) != -1) {
            if (!limited || list.size() < limit - 1) {
                list.add(substring(off, next));
                off = next + 1;
            } else {
                break;
            }
        }
        if (off == 0) return new String[] {this};
        list.add(substring(off, value.length));
        int size = list.size();
        if (limit == 0)
            while (size > 0 && list.get(size - 1).isEmpty()) size--;
        String[] result = new String[size];
        for (int i = 0; i < size; i++) result[i] = list.get(i);
        return result;
    }

    private static boolean isAsciiLetterOrDigit(char c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    public static String join(CharSequence delimiter, CharSequence... elements) {
        if (delimiter == null || elements == null) throw new NullPointerException();
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < elements.length; i++) {
            if (i > 0) sb.append(delimiter);
            sb.append(elements[i]);
        }
        return sb.toString();
    }

    public static String join(CharSequence delimiter, Iterable<? extends CharSequence> elements) {
        if (delimiter == null || elements == null) throw new NullPointerException();
        StringBuilder sb = new StringBuilder();
        Iterator<? extends CharSequence> it = elements.iterator();
        boolean first = true;
        while (it.hasNext()) {
            if (!first) sb.append(delimiter);
            sb.append(it.next());
            first = false;
        }
        return sb.toString();
    }

    public String repeat(int count) {
        if (count < 0) throw new IllegalArgumentException("count is negative: " + count);
        if (count == 1) return this;
        int n = value.length;
        if (n == 0 || count == 0) return "";
        if ((long) n * count > Integer.MAX_VALUE)
            throw new OutOfMemoryError("Required length exceeds implementation limit");
        char[] r = new char[n * count];
        for (int i = 0; i < count; i++) System.arraycopy(value, 0, r, i * n, n);
        return new String(true, r);
    }

    /** Removes leading and trailing chars <= ' '. */
    public String trim() {
        int st = 0, end = value.length;
        while (st < end && value[st] <= ' ') st++;
        while (st < end && value[end - 1] <= ' ') end--;
        return st > 0 || end < value.length ? substring(st, end) : this;
    }

    /** Removes leading and trailing white space (Character.isWhitespace). */
    public String strip() {
        int st = skipWhite(), end = skipWhiteBack();
        return st >= end ? "" : substring(st, end);
    }

    public String stripLeading() {
        return substring(skipWhite());
    }

    public String stripTrailing() {
        return substring(0, skipWhiteBack());
    }

    public boolean isBlank() {
        return skipWhite() == value.length;
    }

    private int skipWhite() {
        int i = 0;
        while (i < value.length) {
            int cp = Character.codePointAt(value, i, value.length);
            if (!Character.isWhitespace(cp)) break;
            i += Character.charCount(cp);
        }
        return i;
    }

    private int skipWhiteBack() {
        int i = value.length;
        while (i > 0) {
            int cp = Character.codePointBefore(value, i, 0);
            if (!Character.isWhitespace(cp)) break;
            i -= Character.charCount(cp);
        }
        return i;
    }

    public String toLowerCase() {
        char[] v = value;
        int i = 0;
        while (i < v.length && Character.toLowerCase(v[i]) == v[i] && v[i] != '\u0130') i++;
        if (i == v.length) return this;
        StringBuilder sb = new StringBuilder(v.length);
        sb.append(v, 0, i);
        for (; i < v.length; i++) {
            char c = v[i];
            if (c == '\u0130') sb.append("i\u0307"); /* capital I with dot above */
            else sb.append(Character.toLowerCase(c));
        }
        return sb.toString();
    }

    public String toUpperCase() {
        char[] v = value;
        int i = 0;
        while (i < v.length && Character.toUpperCase(v[i]) == v[i] && v[i] != '\u00df') i++;
        if (i == v.length) return this;
        StringBuilder sb = new StringBuilder(v.length);
        sb.append(v, 0, i);
        for (; i < v.length; i++) {
            char c = v[i];
            if (c == '\u00df') sb.append("SS"); /* sharp s has no one-char capital */
            else sb.append(Character.toUpperCase(c));
        }
        return sb.toString();
    }

    public String toLowerCase(java.util.Locale locale) {
        return toLowerCase();
    }

    public String toUpperCase(java.util.Locale locale) {
        return toUpperCase();
    }

    public char[] toCharArray() {
        return copy(value, 0, value.length);
    }

    public String toString() {
        return this;
    }

    public native String intern();

    public static String format(String format, Object... args) {
        return new Formatter().format(format, args).toString();
    }

    public static String format(java.util.Locale l, String format, Object... args) {
        return new Formatter().format(format, args).toString();
    }

    public String formatted(Object... args) {
        return new Formatter().format(this, args).toString();
    }

    public static String valueOf(Object obj) {
        return obj == null ? "null" : obj.toString();
    }

    public static String valueOf(char[] data) {
        return new String(data);
    }

    public static String valueOf(char[] data, int offset, int count) {
        return new String(data, offset, count);
    }

    public static String copyValueOf(char[] data) {
        return new String(data);
    }

    public static String copyValueOf(char[] data, int offset, int count) {
        return new String(data, offset, count);
    }

    public static String valueOf(boolean b) {
        return b ? "true" : "false";
    }

    public static String valueOf(char c) {
        char[] v = new char[1];
        v[0] = c;
        return new String(true, v);
    }

    public static native String valueOf(int i);

    public static native String valueOf(long l);

    /** Float.toString's digits (natives.c, vm_format_float). */
    public static native String valueOf(float f);

    /** Double.toString's digits (natives.c, vm_format_double). */
    public static native String valueOf(double d);
}
