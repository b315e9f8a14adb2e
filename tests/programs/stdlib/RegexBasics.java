// java.util.regex through String and Pattern/Matcher: matches, find with groups (numbered
// and named), start/end, replaceAll with group references, replaceFirst, split with
// patterns, character classes, quantifiers (greedy and lazy), anchors, alternation,
// case-insensitive matching, Pattern.quote, syntax errors.
// expect: true false true true
// expect: 2023-12-31 at 5..15 year=2023 month=12 day=31 groups=3
// expect: 2024-01-15 at 19..29 year=2024 month=01 day=15 groups=3
// expect: [host->[example.org], port->[8080], path->[]]
// expect: 15/01/2024 a#b#c# baa x\y\z
// expect: many spaces here|camel_case_words
// expect: [one, two, three, four] [a1, b2, c3] [x, y, z]
// expect: <a><b> <a>
// expect: The Quick Brown Fox
// expect: user@example.com=true bad@=false first.last@sub.domain.org=true @nope.com=false 
// expect: true true true true true
// expect: \Q1+1=2\E true \$5
// expect: 3 true true
// expect: Unclosed group @9
// expect: Illegal character range @3
// expect: Dangling meta character '*' @0
// expect: Illegal repetition range @5
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

public class RegexBasics {
    public static void main(String[] args) {
        System.out.println("abc123".matches("[a-z]+\\d+") + " " + "abc".matches("ab") + " " + "2024-01-15".matches("\\d{4}-\\d{2}-\\d{2}") + " " + "HeLLo".matches("(?i)hello"));
        Pattern date = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
        Matcher m = date.matcher("from 2023-12-31 to 2024-01-15.");
        while (m.find()) System.out.println(m.group() + " at " + m.start() + ".." + m.end() + " year=" + m.group(1) + " month=" + m.group(2) + " day=" + m.group(3) + " groups=" + m.groupCount());
        Matcher kv = Pattern.compile("(?<key>\\w+)=(?<value>[^;]*)").matcher("host=example.org;port=8080;path=");
        List<String> pairs = new ArrayList<>();
        while (kv.find()) pairs.add(kv.group("key") + "->[" + kv.group("value") + "]");
        System.out.println(pairs);
        System.out.println("2024-01-15".replaceAll("(\\d+)-(\\d+)-(\\d+)", "$3/$2/$1") + " " + "a1b22c333".replaceAll("\\d+", "#") + " " + "aaa".replaceFirst("a", "b") + " " + "x.y.z".replaceAll("\\.", "\\\\"));
        System.out.println("  many   spaces   here ".trim().replaceAll("\\s+", " ") + "|" + "CamelCaseWords".replaceAll("([a-z])([A-Z])", "$1_$2").toLowerCase());
        System.out.println(Arrays.toString("one, two,three ,  four".split("\\s*,\\s*")) + " " + Arrays.toString("a1b2c3".split("(?<=\\d)")) + " " + Arrays.toString(Pattern.compile("[;:]").split("x;y:z")));
        Matcher greedy = Pattern.compile("<.+>").matcher("<a><b>");
        Matcher lazy = Pattern.compile("<.+?>").matcher("<a><b>");
        greedy.find();
        lazy.find();
        System.out.println(greedy.group() + " " + lazy.group());
        Pattern words = Pattern.compile("\\b(\\w)(\\w*)\\b");
        Matcher w = words.matcher("the quick brown fox");
        StringBuilder sb = new StringBuilder();
        while (w.find()) w.appendReplacement(sb, w.group(1).toUpperCase() + "$2");
        w.appendTail(sb);
        System.out.println(sb);
        String[] emails = {"user@example.com", "bad@", "first.last@sub.domain.org", "@nope.com"};
        Pattern email = Pattern.compile("^[\\w.+-]+@[\\w-]+(\\.[\\w-]+)+$");
        for (String e : emails) System.out.print(e + "=" + email.matcher(e).matches() + " ");
        System.out.println();
        System.out.println(Pattern.matches("colou?r", "color") + " " + Pattern.matches("(ab|cd)+", "abcdab") + " " + Pattern.matches("[^aeiou]+", "rhythm") + " " + Pattern.matches("\\p{Upper}\\p{Lower}+", "Hello") + " " + Pattern.compile("^b", Pattern.MULTILINE).matcher("a\nb").find());
        System.out.println(Pattern.quote("1+1=2") + " " + "1+1=2".matches(Pattern.quote("1+1=2")) + " " + Matcher.quoteReplacement("$5"));
        Matcher counter = Pattern.compile("a").matcher("banana");
        int count = 0;
        while (counter.find()) count++;
        System.out.println(count + " " + Pattern.compile("(\\w)\\1").matcher("bookkeeper").find() + " " + "abab".matches("(ab)\\1"));
        String[] bad = {"(unclosed", "[a-", "*start", "a{2,1}"};
        for (String b : bad) {
            try {
                Pattern.compile(b);
                System.out.println(b + " compiled");
            } catch (PatternSyntaxException e) {
                System.out.println(e.getDescription() + " @" + e.getIndex());
            }
        }
    }
}
