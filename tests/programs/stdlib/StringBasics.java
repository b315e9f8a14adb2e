// String queries: length, charAt, equals, equalsIgnoreCase, compareTo, hashCode, indexOf and
// lastIndexOf (char and string, with start index), substring, startsWith, endsWith,
// contains, isEmpty, isBlank, regionMatches, contentEquals.
// expect: 12 Hd false true
// expect: true false true false
// expect: -1 1 -1 0 25
// expect: -505841268 0 97 -2147483648
// expect: 4 8 -1 8 4
// expect: 7 10 0 12 10 0 12
// expect: World|Hello||lo, W
// expect: true true true true true false
// expect: true false true true
// expect: true true false
// expect: true false
// expect: an occurs 2 times, last at 3
// expect: 6 chars, 3 a's, first b, codePointAt(1) 97
// expect: café über 9 5 233
// expect: true false true true
public class StringBasics {
    public static void main(String[] args) {
        String s = "Hello, World";
        System.out.println(s.length() + " " + s.charAt(0) + s.charAt(11) + " " + s.isEmpty() + " " + "".isEmpty());
        System.out.println(s.equals("Hello, World") + " " + s.equals("hello, world") + " " + s.equalsIgnoreCase("hello, WORLD") + " " + s.equals(null));
        System.out.println("apple".compareTo("banana") + " " + "b".compareTo("a") + " " + "abc".compareTo("abcd") + " " + "same".compareTo("same") + " " + "Z".compareToIgnoreCase("a"));
        System.out.println(s.hashCode() + " " + "".hashCode() + " " + "a".hashCode() + " " + "polygenelubricants".hashCode());
        System.out.println(s.indexOf('o') + " " + s.indexOf('o', 5) + " " + s.indexOf('z') + " " + s.lastIndexOf('o') + " " + s.lastIndexOf('o', 7));
        System.out.println(s.indexOf("World") + " " + s.indexOf("l", 4) + " " + s.indexOf("") + " " + s.indexOf("", 99) + " " + s.lastIndexOf("l") + " " + s.lastIndexOf("Hello", 3) + " " + s.lastIndexOf(""));
        System.out.println(s.substring(7) + "|" + s.substring(0, 5) + "|" + s.substring(12) + "|" + s.subSequence(3, 8));
        System.out.println(s.startsWith("Hell") + " " + s.startsWith("World", 7) + " " + s.endsWith("ld") + " " + s.endsWith("") + " " + s.contains(", W") + " " + s.contains("w"));
        System.out.println("   ".isBlank() + " " + " x ".isBlank() + " " + "\t\n".isBlank() + " " + "".isBlank());
        System.out.println(s.regionMatches(7, "World!", 0, 5) + " " + s.regionMatches(true, 0, "HELLO", 0, 5) + " " + s.regionMatches(0, "Help", 0, 4));
        System.out.println(s.contentEquals(new StringBuilder("Hello, World")) + " " + "ab".contentEquals("abc"));
        String t = "banana";
        int count = 0;
        for (int i = t.indexOf("an"); i >= 0; i = t.indexOf("an", i + 1)) count++;
        System.out.println("an occurs " + count + " times, last at " + t.lastIndexOf("an"));
        char[] cs = t.toCharArray();
        int as = 0;
        for (char c : cs) if (c == 'a') as++;
        System.out.println(cs.length + " chars, " + as + " a's, first " + cs[0] + ", codePointAt(1) " + t.codePointAt(1));
        String u = "caf\u00e9 \u00fcber";
        System.out.println(u + " " + u.length() + " " + u.indexOf('\u00fc') + " " + (int) u.charAt(3));
        String a = "hello";
        String b = "hel" + "lo";
        String c = new String("hello");
        System.out.println((a == b) + " " + (a == c) + " " + a.equals(c) + " " + (a == c.intern()));
    }
}
