package java.lang;

/**
 * A mutable sequence of chars: value[0, count) is the text. The capacity grows as the
 * JDK's does (to twice the old capacity plus 2, or to what is needed if more), so
 * capacity() answers the same. Messages of the index exceptions are the JDK's.
 * (StringBuffer.java is generated from StringBuilder.java: see stdlib/README.md.)
 */
public final class StringBuilder implements java.io.Serializable, Comparable<StringBuilder>, CharSequence, Appendable {
    char[] value;
    int count;

    public StringBuilder() {
        value = new char[16];
    }

    public StringBuilder(int capacity) {
        if (capacity < 0) throw new NegativeArraySizeException(String.valueOf(capacity));
        value = new char[capacity];
    }

    public StringBuilder(String str) {
        value = new char[str.length() + 16];
        append(str);
    }

    public StringBuilder(CharSequence seq) {
        value = new char[seq.length() + 16];
        append(seq);
    }

    public int length() {
        return count;
    }

    public int capacity() {
        return value.length;
    }

    public void ensureCapacity(int minimumCapacity) {
        if (minimumCapacity > value.length) grow(minimumCapacity);
    }

    private void need(int extra) {
        int min = count + extra;
        if (min < 0) throw new OutOfMemoryError("Required length exceeds implementation limit");
        if (min > value.length) grow(min);
    }

    private void grow(int min) {
        int n = value.length * 2 + 2;
        if (n < min || n < 0) n = min;
        char[] v = new char[n];
        System.arraycopy(value, 0, v, 0, count);
        value = v;
    }

    public void trimToSize() {
        if (count < value.length) {
            char[] v = new char[count];
            System.arraycopy(value, 0, v, 0, count);
            value = v;
        }
    }

    public void setLength(int newLength) {
        if (newLength < 0) throw new StringIndexOutOfBoundsException(newLength);
        if (newLength > value.length) grow(newLength);
        for (int i = count; i < newLength; i++) value[i] = '\0';
        count = newLength;
    }

    private static void checkIndex(int index, int length) {
        if (index < 0 || index >= length)
            throw new StringIndexOutOfBoundsException("index " + index + ", length " + length);
    }

    private static void checkOffset(int offset, int length) {
        if (offset < 0 || offset > length)
            throw new StringIndexOutOfBoundsException("offset " + offset + ", length " + length);
    }

    private static void checkRange(int start, int end, int length) {
        if (start < 0 || start > end || end > length)
            throw new StringIndexOutOfBoundsException("start " + start + ", end " + end + ", length " + length);
    }

    public char charAt(int index) {
        checkIndex(index, count);
        return value[index];
    }

    public int codePointAt(int index) {
        checkIndex(index, count);
        return Character.codePointAt(value, index, count);
    }

    public void setCharAt(int index, char ch) {
        checkIndex(index, count);
        value[index] = ch;
    }

    public void getChars(int srcBegin, int srcEnd, char[] dst, int dstBegin) {
        checkRange(srcBegin, srcEnd, count);
        System.arraycopy(value, srcBegin, dst, dstBegin, srcEnd - srcBegin);
    }

    public StringBuilder append(Object obj) {
        return append(String.valueOf(obj));
    }

    public StringBuilder append(String str) {
        if (str == null) return appendNull();
        int n = str.length();
        need(n);
        str.getChars(0, n, value, count);
        count += n;
        return this;
    }

    public StringBuilder append(StringBuilder sb) {
        if (sb == null) return appendNull();
        int n = sb.count;
        need(n);
        System.arraycopy(sb.value, 0, value, count, n);
        count += n;
        return this;
    }

    public StringBuilder append(StringBuffer sb) {
        return append((CharSequence) sb);
    }

    public StringBuilder append(CharSequence s) {
        if (s == null) return appendNull();
        if (s instanceof String) return append((String) s);
        if (s instanceof StringBuilder) return append((StringBuilder) s);
        return append(s, 0, s.length());
    }

    public StringBuilder append(CharSequence s, int start, int end) {
        if (s == null) s = "null";
        if (start < 0 || start > end || end > s.length())
            throw new IndexOutOfBoundsException("start " + start + ", end " + end + ", length " + s.length());
        need(end - start);
        for (int i = start; i < end; i++) value[count++] = s.charAt(i);
        return this;
    }

    public StringBuilder append(char[] str) {
        int n = str.length;
        need(n);
        System.arraycopy(str, 0, value, count, n);
        count += n;
        return this;
    }

    public StringBuilder append(char[] str, int offset, int len) {
        int end = offset + len;
        if (offset < 0 || len < 0 || end > str.length || end < 0)
            throw new IndexOutOfBoundsException("start " + offset + ", end " + end + ", length " + str.length);
        need(len);
        System.arraycopy(str, offset, value, count, len);
        count += len;
        return this;
    }

    private StringBuilder appendNull() {
        need(4);
        value[count++] = 'n';
        value[count++] = 'u';
        value[count++] = 'l';
        value[count++] = 'l';
        return this;
    }

    public StringBuilder append(boolean b) {
        return append(b ? "true" : "false");
    }

    public StringBuilder append(char c) {
        need(1);
        value[count++] = c;
        return this;
    }

    public StringBuilder append(int i) {
        if (i == Integer.MIN_VALUE) return append("-2147483648");
        int n = Integer.stringSize(i);
        need(n);
        int pos = count + n;
        boolean neg = i < 0;
        if (neg) i = -i;
        do {
            value[--pos] = (char) ('0' + i % 10);
            i /= 10;
        } while (i != 0);
        if (neg) value[--pos] = '-';
        count += n;
        return this;
    }

    public StringBuilder append(long l) {
        if (l == Long.MIN_VALUE) return append("-9223372036854775808");
        int n = Long.stringSize(l);
        need(n);
        int pos = count + n;
        boolean neg = l < 0;
        if (neg) l = -l;
        do {
            value[--pos] = (char) ('0' + (int) (l % 10));
            l /= 10;
        } while (l != 0);
        if (neg) value[--pos] = '-';
        count += n;
        return this;
    }

    public StringBuilder append(float f) {
        return append(String.valueOf(f));
    }

    public StringBuilder append(double d) {
        return append(String.valueOf(d));
    }

    public StringBuilder appendCodePoint(int codePoint) {
        if (Character.isBmpCodePoint(codePoint)) return append((char) codePoint);
        if (!Character.isValidCodePoint(codePoint))
            throw new IllegalArgumentException("Not a valid Unicode code point: 0x" + Integer.toHexString(codePoint).toUpperCase());
        need(2);
        value[count++] = Character.highSurrogate(codePoint);
        value[count++] = Character.lowSurrogate(codePoint);
        return this;
    }

    public StringBuilder delete(int start, int end) {
        if (end > count) end = count;
        checkRange(start, end, count);
        int n = end - start;
        if (n > 0) {
            System.arraycopy(value, end, value, start, count - end);
            count -= n;
        }
        return this;
    }

    public StringBuilder deleteCharAt(int index) {
        checkIndex(index, count);
        System.arraycopy(value, index + 1, value, index, count - index - 1);
        count--;
        return this;
    }

    public StringBuilder replace(int start, int end, String str) {
        if (end > count) end = count;
        checkRange(start, end, count);
        int n = str.length();
        int newCount = count + n - (end - start);
        if (newCount > value.length) grow(newCount);
        System.arraycopy(value, end, value, start + n, count - end);
        str.getChars(0, n, value, start);
        count = newCount;
        return this;
    }

    public StringBuilder insert(int offset, String str) {
        checkOffset(offset, count);
        if (str == null) str = "null";
        int n = str.length();
        need(n);
        System.arraycopy(value, offset, value, offset + n, count - offset);
        str.getChars(0, n, value, offset);
        count += n;
        return this;
    }

    public StringBuilder insert(int index, char[] str, int offset, int len) {
        checkOffset(index, count);
        if (offset < 0 || len < 0 || offset > str.length - len)
            throw new StringIndexOutOfBoundsException("offset " + offset + ", len " + len + ", str.length " + str.length);
        need(len);
        System.arraycopy(value, index, value, index + len, count - index);
        System.arraycopy(str, offset, value, index, len);
        count += len;
        return this;
    }

    public StringBuilder insert(int offset, char[] str) {
        return insert(offset, str, 0, str.length);
    }

    public StringBuilder insert(int offset, Object obj) {
        return insert(offset, String.valueOf(obj));
    }

    public StringBuilder insert(int dstOffset, CharSequence s) {
        return insert(dstOffset, String.valueOf(s));
    }

    public StringBuilder insert(int offset, boolean b) {
        return insert(offset, String.valueOf(b));
    }

    public StringBuilder insert(int offset, char c) {
        checkOffset(offset, count);
        need(1);
        System.arraycopy(value, offset, value, offset + 1, count - offset);
        value[offset] = c;
        count++;
        return this;
    }

    public StringBuilder insert(int offset, int i) {
        return insert(offset, String.valueOf(i));
    }

    public StringBuilder insert(int offset, long l) {
        return insert(offset, String.valueOf(l));
    }

    public StringBuilder insert(int offset, float f) {
        return insert(offset, String.valueOf(f));
    }

    public StringBuilder insert(int offset, double d) {
        return insert(offset, String.valueOf(d));
    }

    public int indexOf(String str) {
        return indexOf(str, 0);
    }

    public int indexOf(String str, int fromIndex) {
        return StringSupport.indexOf(value, count, str.toCharArray(), fromIndex);
    }

    public int lastIndexOf(String str) {
        return lastIndexOf(str, count);
    }

    public int lastIndexOf(String str, int fromIndex) {
        return StringSupport.lastIndexOf(value, count, str.toCharArray(), fromIndex);
    }

    /** Reverses the chars, keeping each surrogate pair in order. */
    public StringBuilder reverse() {
        int n = count - 1;
        boolean surrogates = false;
        for (int j = (n - 1) >> 1; j >= 0; j--) {
            int k = n - j;
            char cj = value[j], ck = value[k];
            value[j] = ck;
            value[k] = cj;
            if (Character.isSurrogate(cj) || Character.isSurrogate(ck)) surrogates = true;
        }
        if (surrogates) {
            for (int i = 0; i < count - 1; i++) {
                char c2 = value[i];
                if (Character.isLowSurrogate(c2)) {
                    char c1 = value[i + 1];
                    if (Character.isHighSurrogate(c1)) {
                        value[i++] = c1;
                        value[i] = c2;
                    }
                }
            }
        }
        return this;
    }

    public String substring(int start) {
        return substring(start, count);
    }

    public String substring(int start, int end) {
        checkRange(start, end, count);
        return new String(value, start, end - start);
    }

    public CharSequence subSequence(int start, int end) {
        return substring(start, end);
    }

    public int compareTo(StringBuilder another) {
        char[] a = value, b = another.value;
        int n = Math.min(count, another.count);
        for (int i = 0; i < n; i++)
            if (a[i] != b[i]) return a[i] - b[i];
        return count - another.count;
    }

    public String toString() {
        return new String(value, 0, count);
    }
}
