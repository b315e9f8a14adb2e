// String.split: on a literal character, an escaped metacharacter, a multi-char literal and
// simple regular expressions, with the limit argument and the JDK's rules for empty
// strings at the ends.
// expect: "a,b,c".split(",") = [a, b, c] 3
// expect: "a,,b,,".split(",") = [a, , b] 3
// expect: ",a,b".split(",") = [, a, b] 3
// expect: "".split(",") = [] 1
// expect: ",".split(",") = [] 0
// expect: "no separators".split(";") = [no separators] 1
// expect: "1.2.3".split("\.") = [1, 2, 3] 3
// expect: "a|b|c".split("\|") = [a, b, c] 3
// expect: "one  two   three".split(" ") = [one, , two, , , three] 6
// expect: "one  two   three".split(" +") = [one, two, three] 3
// expect: "one  two	three
// expect: four".split("\s+") = [one, two, three, four] 4
// expect: "key=value=more".split("=") = [key, value, more] 3
// expect: "a--b--c".split("--") = [a, b, c] 3
// expect: "2024-01-15T10:30".split("[-T:]") = [2024, 01, 15, 10, 30] 5
// expect: "a1b22c333d".split("\d+") = [a, b, c, d] 4
// expect: "CamelCaseString".split("(?=[A-Z])") = [Camel, Case, String] 3
// expect: "abc".split("") = [a, b, c] 3
// expect: "boo:and:foo".split("o", 0) = [b, , :and:f]
// expect: "boo:and:foo".split("o", 2) = [b, o:and:foo]
// expect: "boo:and:foo".split("o", 5) = [b, , :and:f, , ]
// expect: "boo:and:foo".split("o", -1) = [b, , :and:f, , ]
// expect: "a,b,,".split(",", -1) = [a, b, , ]
// expect: "a,b,c,d".split(",", 2) = [a, b,c,d]
// expect: name | age | city
// expect: Ada | 36 | London
// expect: Alan | 41 | Wilmslow
// expect: 4 words, longest: quick
import java.util.Arrays;

public class StringSplit {
    static void show(String s, String regex) {
        System.out.println("\"" + s + "\".split(\"" + regex + "\") = " + Arrays.toString(s.split(regex)) + " " + s.split(regex).length);
    }

    static void show(String s, String regex, int limit) {
        System.out.println("\"" + s + "\".split(\"" + regex + "\", " + limit + ") = " + Arrays.toString(s.split(regex, limit)));
    }

    public static void main(String[] args) {
        show("a,b,c", ",");
        show("a,,b,,", ",");
        show(",a,b", ",");
        show("", ",");
        show(",", ",");
        show("no separators", ";");
        show("1.2.3", "\\.");
        show("a|b|c", "\\|");
        show("one  two   three", " ");
        show("one  two   three", " +");
        show("one  two\tthree\nfour", "\\s+");
        show("key=value=more", "=");
        show("a--b--c", "--");
        show("2024-01-15T10:30", "[-T:]");
        show("a1b22c333d", "\\d+");
        show("CamelCaseString", "(?=[A-Z])");
        show("abc", "");
        show("boo:and:foo", "o", 0);
        show("boo:and:foo", "o", 2);
        show("boo:and:foo", "o", 5);
        show("boo:and:foo", "o", -1);
        show("a,b,,", ",", -1);
        show("a,b,c,d", ",", 2);
        String csv = "name,age,city\nAda,36,London\nAlan,41,Wilmslow";
        for (String line : csv.split("\n")) {
            String[] f = line.split(",");
            System.out.println(f[0] + " | " + f[1] + " | " + f[2]);
        }
        String sentence = "  The quick brown fox  ";
        String[] words = sentence.trim().split("\\s+");
        System.out.println(words.length + " words, longest: " + longest(words));
    }

    static String longest(String[] words) {
        String best = "";
        for (String w : words) if (w.length() > best.length()) best = w;
        return best;
    }
}
