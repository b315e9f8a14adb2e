// String literals with escapes: lengths and character codes.
// expect: 0:
// expect: 3: 97 98 99
// expect: 3: 97 9 98
// expect: 11: 108 105 110 101 49 10 108 105 110 101 50
// expect: 2: 13 10
// expect: 2: 92 110
// expect: 3: 65 223 8364
// expect: 5: 0 0 0 0 48
// expect: 3: 255 31 56
// expect: 8: 34 113 117 111 116 101 100 34
// expect: 4: 105 116 39 115
// expect: 3: 8 12 32
// expect: multi
// expect: line
// expect: output
// expect: a\b\c
// expect: true
// expect: false
public class StringEscapes {
    static void dump(String s) {
        StringBuilder sb = new StringBuilder();
        sb.append(s.length()).append(':');
        for (int i = 0; i < s.length(); i++) {
            sb.append(' ').append((int) s.charAt(i));
        }
        System.out.println(sb.toString());
    }
    public static void main(String[] args) {
        dump("");
        dump("abc");
        dump("a\tb");
        dump("line1\nline2");
        dump("\r\n");
        dump("\\n");
        dump("\u0041\u00df\u20ac");
        dump("\0\00\000\0000");
        dump("\377\378");
        dump("\"quoted\"");
        dump("it's");
        dump("\b\f\s");
        System.out.println("multi\nline\noutput");
        System.out.println("a\\b\\c");
        String empty = "";
        System.out.println(empty.isEmpty());
        System.out.println("x".isEmpty());
    }
}
