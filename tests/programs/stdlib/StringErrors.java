// The exceptions String and StringBuilder methods throw, with the JDK's messages, and the
// format errors of String.format.
// expect: charAt(5): java.lang.StringIndexOutOfBoundsException: String index out of range: 5
// expect: substring(2, 1): java.lang.StringIndexOutOfBoundsException: begin 2, end 1, length 3
// expect: substring(4): java.lang.StringIndexOutOfBoundsException: begin 4, end 3, length 3
// expect: substring(-1): java.lang.StringIndexOutOfBoundsException: begin -1, end 3, length 3
// expect: repeat(-2): java.lang.IllegalArgumentException: count is negative: -2
// expect: sb.charAt(3): java.lang.StringIndexOutOfBoundsException: index 3, length 3
// expect: sb.delete(2, 1): java.lang.StringIndexOutOfBoundsException: start 2, end 1, length 3
// expect: sb.insert(4): java.lang.StringIndexOutOfBoundsException: offset 4, length 3
// expect: sb.setLength(-1): java.lang.StringIndexOutOfBoundsException: String index out of range: -1
// expect: sb.deleteCharAt(0): java.lang.StringIndexOutOfBoundsException: index 0, length 0
// expect: format %d of a String: java.util.IllegalFormatConversionException: d != java.lang.String
// expect: format missing argument: java.util.MissingFormatArgumentException: Format specifier '%d'
// expect: format %q: java.util.UnknownFormatConversionException: Conversion = 'q'
// expect: format %-d: java.util.MissingFormatWidthException: %-d
// expect: format %.2d: java.util.IllegalFormatPrecisionException: 2
// expect: format %#d: java.util.FormatFlagsConversionMismatchException: Conversion = d, Flags = #
public class StringErrors {
    static void attempt(String what, Runnable r) {
        try {
            r.run();
            System.out.println(what + ": ok");
        } catch (RuntimeException e) {
            System.out.println(what + ": " + e);
        }
    }

    static class CharAt implements Runnable {
        public void run() { "abc".charAt(5); }
    }

    static class Sub1 implements Runnable {
        public void run() { "abc".substring(2, 1); }
    }

    static class Sub2 implements Runnable {
        public void run() { "abc".substring(4); }
    }

    static class Sub3 implements Runnable {
        public void run() { "abc".substring(-1); }
    }

    static class Repeat implements Runnable {
        public void run() { "ab".repeat(-2); }
    }

    static class SbCharAt implements Runnable {
        public void run() { new StringBuilder("abc").charAt(3); }
    }

    static class SbDelete implements Runnable {
        public void run() { new StringBuilder("abc").delete(2, 1); }
    }

    static class SbInsert implements Runnable {
        public void run() { new StringBuilder("abc").insert(4, "x"); }
    }

    static class SbSetLength implements Runnable {
        public void run() { new StringBuilder("abc").setLength(-1); }
    }

    static class SbDeleteCharAt implements Runnable {
        public void run() { new StringBuilder().deleteCharAt(0); }
    }

    static class Fmt1 implements Runnable {
        public void run() { String.format("%d", "text"); }
    }

    static class Fmt2 implements Runnable {
        public void run() { String.format("%d %d", 1); }
    }

    static class Fmt3 implements Runnable {
        public void run() { String.format("%q", 1); }
    }

    static class Fmt4 implements Runnable {
        public void run() { String.format("%-d", 1); }
    }

    static class Fmt5 implements Runnable {
        public void run() { String.format("%.2d", 1); }
    }

    static class Fmt6 implements Runnable {
        public void run() { String.format("%#d", 1); }
    }

    public static void main(String[] args) {
        attempt("charAt(5)", new CharAt());
        attempt("substring(2, 1)", new Sub1());
        attempt("substring(4)", new Sub2());
        attempt("substring(-1)", new Sub3());
        attempt("repeat(-2)", new Repeat());
        attempt("sb.charAt(3)", new SbCharAt());
        attempt("sb.delete(2, 1)", new SbDelete());
        attempt("sb.insert(4)", new SbInsert());
        attempt("sb.setLength(-1)", new SbSetLength());
        attempt("sb.deleteCharAt(0)", new SbDeleteCharAt());
        attempt("format %d of a String", new Fmt1());
        attempt("format missing argument", new Fmt2());
        attempt("format %q", new Fmt3());
        attempt("format %-d", new Fmt4());
        attempt("format %.2d", new Fmt5());
        attempt("format %#d", new Fmt6());
    }
}
