// Strings made from strings: replace (char and sequence), trim, strip, toUpperCase and
// toLowerCase (ASCII and Latin-1, including the ones that change length or leave Latin-1),
// repeat, concat, join, valueOf of every type, copyValueOf, chars through toCharArray.
// expect: bonono bANANa ba -a-b-c-
// expect: [padded] [  em space  ] [em space]
// expect: [x  ] [  x] []
// expect: HELLO WORLD 123 hello world 123
// expect: STRASSE àéîõüø ÀÉÎÕÜØ
// expect: true true ×÷ ΑΒΓ
// expect: ababab|||----------
// expect: foobar x y
// expect: alpha, beta, gamma | a-b-c | 
// expect: 42-71.52.25ctruexyznullyz
// expect: xyz xy 0
// expect: M=1 i=4 p=2 s=4
// expect: racecar palindrome: true, reversed: racecar
// expect: The Quick Brown Fox
// expect: Tab Separated abc xoney2z3
import java.util.ArrayList;
import java.util.List;

public class StringTransform {
    public static void main(String[] args) {
        System.out.println("banana".replace('a', 'o') + " " + "banana".replace("an", "AN") + " " + "aaa".replace("aa", "b") + " " + "abc".replace("", "-"));
        System.out.println("[" + "  padded \t".trim() + "] [" + "\u2003 em space \u2003".trim() + "] [" + "\u2003 em space \u2003".strip() + "]");
        System.out.println("[" + "  x  ".stripLeading() + "] [" + "  x  ".stripTrailing() + "] [" + "   ".strip() + "]");
        System.out.println("Hello World 123".toUpperCase() + " " + "Hello World 123".toLowerCase());
        System.out.println("stra\u00dfe".toUpperCase() + " " + "\u00c0\u00c9\u00ce\u00d5\u00dc\u00d8".toLowerCase() + " " + "\u00e0\u00e9\u00ee\u00f5\u00fc\u00f8".toUpperCase());
        System.out.println("\u00ff".toUpperCase().equals("\u0178") + " " + "\u00b5".toUpperCase().equals("\u039c") + " " + "\u00d7\u00f7".toUpperCase() + " " + "\u03b1\u03b2\u03b3".toUpperCase());
        System.out.println("ab".repeat(3) + "|" + "x".repeat(0) + "|" + "".repeat(5) + "|" + "-".repeat(10));
        System.out.println("foo".concat("bar") + " " + "".concat("x") + " " + "y".concat(""));
        List<String> parts = new ArrayList<>();
        parts.add("alpha");
        parts.add("beta");
        parts.add("gamma");
        System.out.println(String.join(", ", parts) + " | " + String.join("-", "a", "b", "c") + " | " + String.join("/", new ArrayList<String>()));
        char[] data = {'x', 'y', 'z'};
        Object nothing = null;
        System.out.println(String.valueOf(42) + String.valueOf(-7L) + String.valueOf(1.5f) + String.valueOf(2.25) + String.valueOf('c') + String.valueOf(true) + String.valueOf(data) + String.valueOf(nothing) + String.valueOf(data, 1, 2));
        System.out.println(String.copyValueOf(data) + " " + new String(data, 0, 2) + " " + new String(new char[0]).length());
        char[] cs = "Mississippi".toCharArray();
        int[] freq = new int[128];
        for (char c : cs) freq[c]++;
        StringBuilder sb = new StringBuilder();
        for (int c = 0; c < 128; c++) if (freq[c] > 0) sb.append((char) c).append('=').append(freq[c]).append(' ');
        System.out.println(sb.toString().trim());
        String word = "racecar";
        boolean pal = true;
        for (int i = 0, j = word.length() - 1; i < j; i++, j--) if (word.charAt(i) != word.charAt(j)) pal = false;
        System.out.println(word + " palindrome: " + pal + ", reversed: " + new StringBuilder(word).reverse());
        String title = "the quick brown fox";
        StringBuilder tc = new StringBuilder();
        for (String w : title.split(" ")) {
            if (tc.length() > 0) tc.append(' ');
            tc.append(Character.toUpperCase(w.charAt(0))).append(w.substring(1));
        }
        System.out.println(tc);
        System.out.println("Tab\tSeparated".replace('\t', ' ') + " " + "a.b.c".replace(".", "") + " " + "x1y2z3".replace("1", "one"));
    }
}
