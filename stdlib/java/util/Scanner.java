package java.util;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads tokens and lines from text, as the JDK's Scanner (Locale US): tokens are
 * separated by white space (Character.isWhitespace) unless useDelimiter sets a regular
 * expression; nextInt and friends accept an optional sign and ',' groups of three digits
 * ("1,234"); a token that does not fit is an InputMismatchException and stays unread.
 * Lines end at \n, \r\n, \r, U+2028, U+2029 or U+0085. Input is read as it is needed.
 */
public final class Scanner implements java.io.Closeable, Iterator<String> {
    private Reader source;
    private char[] buf = new char[1024];
    private int pos, lim; // unread input is buf[pos, lim)
    private boolean eof;
    private boolean closed;
    private Pattern delimiter; // null: white space

    public Scanner(InputStream source) {
        this(new InputStreamReader(source));
    }

    public Scanner(InputStream source, String charsetName) {
        this(new InputStreamReader(source));
    }

    public Scanner(Reader source) {
        if (source == null) throw new NullPointerException("source");
        this.source = source;
    }

    public Scanner(String source) {
        this(new StringReader(source));
    }

    public void close() {
        if (closed) return;
        try {
            source.close();
        } catch (IOException e) {
            /* ignored, as the JDK */
        }
        closed = true;
    }

    private void ensureOpen() {
        if (closed) throw new IllegalStateException("Scanner closed");
    }

    public Scanner useDelimiter(String pattern) {
        delimiter = Pattern.compile(pattern);
        return this;
    }

    public Scanner useDelimiter(Pattern pattern) {
        delimiter = pattern;
        return this;
    }

    public Pattern delimiter() {
        return delimiter != null ? delimiter : Pattern.compile("\\p{javaWhitespace}+");
    }

    public Scanner useLocale(Locale locale) {
        return this;
    }

    /** Reads more input; false at the end. */
    private boolean fill() {
        if (eof) return false;
        if (pos > 0) {
            System.arraycopy(buf, pos, buf, 0, lim - pos);
            lim -= pos;
            pos = 0;
        }
        if (lim == buf.length) {
            char[] nb = new char[buf.length * 2];
            System.arraycopy(buf, 0, nb, 0, lim);
            buf = nb;
        }
        int n;
        try {
            n = source.read(buf, lim, buf.length - lim);
        } catch (IOException e) {
            n = -1;
        }
        if (n <= 0) {
            eof = true;
            return false;
        }
        lim += n;
        return true;
    }

    private void readAll() {
        while (fill()) {
        }
    }

    /** The start and end of the next token in buf (pos unchanged), or false. */
    private int tokStart, tokEnd;

    private boolean findToken() {
        ensureOpen();
        if (delimiter != null) return findTokenRegex();
        int i = pos;
        while (true) {
            while (i < lim && Character.isWhitespace(buf[i])) i++;
            if (i < lim) break;
            int off = i - pos;
            if (!fill()) return false;
            i = pos + off;
        }
        int j = i;
        while (true) {
            while (j < lim && !Character.isWhitespace(buf[j])) j++;
            if (j < lim) break;
            int offi = i - pos, offj = j - pos;
            boolean more = fill();
            i = pos + offi;
            j = pos + offj;
            if (!more) break;
        }
        tokStart = i;
        tokEnd = j;
        return true;
    }

    private boolean findTokenRegex() {
        readAll();
        String rest = new String(buf, pos, lim - pos);
        Matcher m = delimiter.matcher(rest);
        int start = 0;
        if (m.lookingAt()) start = m.end();
        if (start >= rest.length()) return false;
        int end = rest.length();
        m = delimiter.matcher(rest);
        int from = start;
        while (m.find(from)) {
            if (m.end() > m.start() || m.start() > start) {
                end = m.start();
                break;
            }
            from = m.end() + 1;
            if (from > rest.length()) break;
        }
        tokStart = pos + start;
        tokEnd = pos + end;
        return true;
    }

    public boolean hasNext() {
        return findToken();
    }

    public String next() {
        if (!findToken()) throw new NoSuchElementException();
        String t = new String(buf, tokStart, tokEnd - tokStart);
        pos = tokEnd;
        return t;
    }

    public boolean hasNext(String pattern) {
        if (!findToken()) return false;
        return Pattern.matches(pattern, new String(buf, tokStart, tokEnd - tokStart));
    }

    public String next(String pattern) {
        if (!findToken()) throw new NoSuchElementException();
        String t = new String(buf, tokStart, tokEnd - tokStart);
        if (!Pattern.matches(pattern, t)) throw new InputMismatchException();
        pos = tokEnd;
        return t;
    }

    public void remove() {
        throw new UnsupportedOperationException();
    }

    /* ---- lines ---- */

    private static boolean isLineEnd(char c) {
        return c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029' || c == '\u0085';
    }

    /** Index of the next line end at or after pos, reading as needed; -1 if none. */
    private int findLineEnd() {
        int i = pos;
        while (true) {
            while (i < lim && !isLineEnd(buf[i])) i++;
            if (i < lim) {
                /* a \r at the end of the buffer may be the first half of \r\n */
                if (buf[i] == '\r' && i + 1 == lim && !eof) {
                    int off = i - pos;
                    fill();
                    i = pos + off;
                }
                return i;
            }
            int off = i - pos;
            if (!fill()) return -1;
            i = pos + off;
        }
    }

    public boolean hasNextLine() {
        ensureOpen();
        int e = findLineEnd();
        return e >= 0 || lim > pos;
    }

    public String nextLine() {
        ensureOpen();
        int e = findLineEnd();
        if (e < 0) {
            if (lim == pos) throw new NoSuchElementException("No line found");
            String line = new String(buf, pos, lim - pos);
            pos = lim;
            return line;
        }
        String line = new String(buf, pos, e - pos);
        pos = e + 1;
        if (buf[e] == '\r' && pos < lim && buf[pos] == '\n') pos++;
        return line;
    }

    /* ---- numbers ---- */

    /** The token without sign, ',' groups or '+', if it is an integer in radix; else null. */
    private static String integerDigits(String t, int radix) {
        int n = t.length(), i = 0;
        boolean neg = false;
        if (n > 0 && (t.charAt(0) == '-' || t.charAt(0) == '+')) {
            neg = t.charAt(0) == '-';
            i = 1;
        }
        if (i == n) return null;
        boolean plain = true;
        for (int k = i; k < n; k++)
            if (Character.digit(t.charAt(k), radix) < 0) plain = false;
        StringBuilder sb = new StringBuilder();
        if (neg) sb.append('-');
        if (plain) return sb.append(t, i, n).toString();
        if (radix != 10) return null;
        /* d{1,3}(,ddd)+ */
        int groupLen = 0, groups = 0;
        for (int k = i; k < n; k++) {
            char c = t.charAt(k);
            if (c == ',') {
                if (groups == 0 ? (groupLen < 1 || groupLen > 3) : groupLen != 3) return null;
                groups++;
                groupLen = 0;
            } else if (Character.digit(c, 10) < 0) {
                return null;
            } else {
                sb.append(c);
                groupLen++;
            }
        }
        if (groups == 0 || groupLen != 3) return null;
        return sb.toString();
    }

    private String peekToken() {
        if (!findToken()) return null;
        return new String(buf, tokStart, tokEnd - tokStart);
    }

    private String integerToken(int radix) {
        String t = peekToken();
        if (t == null) {
            throw new NoSuchElementException();
        }
        String d = integerDigits(t, radix);
        if (d == null) throw new InputMismatchException();
        return d;
    }

    public boolean hasNextInt() {
        return hasNextInt(10);
    }

    public boolean hasNextInt(int radix) {
        String t = peekToken();
        if (t == null) return false;
        String d = integerDigits(t, radix);
        if (d == null) return false;
        try {
            Integer.parseInt(d, radix);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    public int nextInt() {
        return nextInt(10);
    }

    public int nextInt(int radix) {
        String d = integerToken(radix);
        try {
            int v = Integer.parseInt(d, radix);
            pos = tokEnd;
            return v;
        } catch (NumberFormatException e) {
            throw new InputMismatchException(e.getMessage());
        }
    }

    public boolean hasNextLong() {
        String t = peekToken();
        if (t == null) return false;
        String d = integerDigits(t, 10);
        if (d == null) return false;
        try {
            Long.parseLong(d);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    public long nextLong() {
        String d = integerToken(10);
        try {
            long v = Long.parseLong(d);
            pos = tokEnd;
            return v;
        } catch (NumberFormatException e) {
            throw new InputMismatchException(e.getMessage());
        }
    }

    public short nextShort() {
        String d = integerToken(10);
        try {
            short v = Short.parseShort(d);
            pos = tokEnd;
            return v;
        } catch (NumberFormatException e) {
            throw new InputMismatchException(e.getMessage());
        }
    }

    public byte nextByte() {
        String d = integerToken(10);
        try {
            byte v = Byte.parseByte(d);
            pos = tokEnd;
            return v;
        } catch (NumberFormatException e) {
            throw new InputMismatchException(e.getMessage());
        }
    }

    /** The token as Double.parseDouble input, if it is a decimal number (with optional ','
     *  groups), NaN or Infinity; else null. */
    private static String floatText(String t) {
        int n = t.length(), i = 0;
        StringBuilder sb = new StringBuilder();
        if (n > 0 && (t.charAt(0) == '-' || t.charAt(0) == '+')) {
            if (t.charAt(0) == '-') sb.append('-');
            i = 1;
        }
        String rest = t.substring(i);
        if (rest.equals("NaN") || rest.equals("Infinity")) return sb.append(rest).toString();
        int e = n;
        for (int k = i; k < n; k++)
            if (t.charAt(k) == 'e' || t.charAt(k) == 'E') {
                e = k;
                break;
            }
        int dot = t.indexOf('.', i);
        int intEnd = (dot >= 0 && dot < e) ? dot : e;
        String intPart = t.substring(i, intEnd);
        String d = intPart.isEmpty() ? "" : integerDigits(intPart, 10);
        if (d == null || d.startsWith("-")) return null;
        sb.append(d);
        int digits = d.length();
        if (intEnd == dot) {
            sb.append('.');
            for (int k = dot + 1; k < e; k++) {
                char c = t.charAt(k);
                if (c < '0' || c > '9') return null;
                sb.append(c);
                digits++;
            }
        }
        if (digits == 0) return null;
        if (e < n) {
            sb.append('e');
            int k = e + 1;
            if (k < n && (t.charAt(k) == '-' || t.charAt(k) == '+')) sb.append(t.charAt(k++));
            if (k == n) return null;
            for (; k < n; k++) {
                char c = t.charAt(k);
                if (c < '0' || c > '9') return null;
                sb.append(c);
            }
        }
        return sb.toString();
    }

    public boolean hasNextDouble() {
        String t = peekToken();
        return t != null && floatText(t) != null;
    }

    public double nextDouble() {
        String t = peekToken();
        if (t == null) throw new NoSuchElementException();
        String f = floatText(t);
        if (f == null) throw new InputMismatchException();
        double v = Double.parseDouble(f);
        pos = tokEnd;
        return v;
    }

    public float nextFloat() {
        String t = peekToken();
        if (t == null) throw new NoSuchElementException();
        String f = floatText(t);
        if (f == null) throw new InputMismatchException();
        float v = Float.parseFloat(f);
        pos = tokEnd;
        return v;
    }

    public boolean hasNextBoolean() {
        String t = peekToken();
        return t != null && (t.equalsIgnoreCase("true") || t.equalsIgnoreCase("false"));
    }

    public boolean nextBoolean() {
        String t = peekToken();
        if (t == null) throw new NoSuchElementException();
        if (!(t.equalsIgnoreCase("true") || t.equalsIgnoreCase("false"))) throw new InputMismatchException();
        pos = tokEnd;
        return Boolean.parseBoolean(t);
    }

    public String toString() {
        return "java.util.Scanner";
    }
}
