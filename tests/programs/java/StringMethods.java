// The String methods of the bootstrap library: length, charAt, equals, hashCode,
// compareTo, concat, intern, isEmpty, toString, valueOf of every type; helpers built
// from them (indexOf, substring, reverse, toUpper) and StringIndexOutOfBoundsException.
// expect: 12 Hd
// expect: 7 -1
// expect: World|HELLO, WORLD
// expect: true false false
// expect: -505841268 0 97
// expect: 7 -1 1 0
// expect: Hello, World! x
// expect: false true
// expect: true
// expect: 123.54.25cfalsenull
// expect: true false
// expect: 12 o
// expect: true
// expect: SIOOBE caught
// expect: IOOBE caught
// expect: edcba
// expect: 2 20013
public class StringMethods {
    static int indexOf(String s, char c) {
        for (int i = 0; i < s.length(); i++) if (s.charAt(i) == c) return i;
        return -1;
    }
    static String substring(String s, int from, int to) {
        StringBuilder sb = new StringBuilder();
        for (int i = from; i < to; i++) sb.append(s.charAt(i));
        return sb.toString();
    }
    static String upper(String s) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            sb.append(c >= 'a' && c <= 'z' ? (char) (c - 32) : c);
        }
        return sb.toString();
    }
    static boolean startsWith(String s, String p) {
        if (p.length() > s.length()) return false;
        for (int i = 0; i < p.length(); i++) if (s.charAt(i) != p.charAt(i)) return false;
        return true;
    }
    public static void main(String[] args) {
        String s = "Hello, World";
        System.out.println(s.length() + " " + s.charAt(0) + s.charAt(s.length() - 1));
        System.out.println(indexOf(s, 'W') + " " + indexOf(s, 'z'));
        System.out.println(substring(s, 7, 12) + "|" + upper(s));
        System.out.println(s.equals("Hello, World") + " " + s.equals("hello, world") + " " + s.equals(null));
        System.out.println(s.hashCode() + " " + "".hashCode() + " " + "a".hashCode());
        System.out.println(s.compareTo("Hello") + " " + "a".compareTo("b") + " " + "b".compareTo("a") + " " + s.compareTo(s));
        System.out.println(s.concat("!").concat("") + " " + "".concat("x"));
        System.out.println(s.isEmpty() + " " + "".isEmpty());
        System.out.println(s.toString() == s);
        System.out.println(String.valueOf(1) + String.valueOf(2L) + String.valueOf(3.5f) + String.valueOf(4.25)
            + String.valueOf('c') + String.valueOf(false) + String.valueOf((Object) null));
        System.out.println(startsWith(s, "Hell") + " " + startsWith(s, "World"));
        CharSequence cs = s;
        System.out.println(cs.length() + " " + cs.charAt(4));
        Comparable<String> cmp = "m";
        System.out.println(cmp.compareTo("a") > 0);
        try {
            s.charAt(12);
        } catch (StringIndexOutOfBoundsException e) {
            System.out.println("SIOOBE caught");
        }
        try {
            s.charAt(-1);
        } catch (IndexOutOfBoundsException e) {
            System.out.println("IOOBE caught");
        }
        String built = "";
        for (char c = 'a'; c <= 'e'; c++) built = c + built;
        System.out.println(built);
        String chars = "\u00e9\u4e2d";
        System.out.println(chars.length() + " " + (int) chars.charAt(1));
    }
}
