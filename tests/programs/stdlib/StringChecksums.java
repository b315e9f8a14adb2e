// Many String and StringBuilder operations on random strings (a seeded Random over a small
// alphabet, so that searches hit), each kind summarized as a checksum of its results:
// indexOf/lastIndexOf with and without start indexes, contains, startsWith/endsWith,
// compareTo(IgnoreCase), equalsIgnoreCase, replace, split on literals and patterns, trim,
// strip, case mapping, repeat, substring, hashCode, regionMatches, join, format.
// expect: indexOf: 8532572677804155215
// expect: lastIndexOf: 8885130615733123351
// expect: contains/starts/ends: -260947076443206386
// expect: compare: -1593451721259840169
// expect: replace: 169779264002638798
// expect: split: 8090135494250132597
// expect: trim/strip: 3750983016060073147
// expect: case: 4414089255076658708
// expect: substring: 3360999938190480523
// expect: misc: -4018973244983606304
// expect: builder: -7926751652485916498
// expect: format: 1439727269194852486
import java.util.Arrays;
import java.util.Random;

public class StringChecksums {
    static final String ALPHABET = "ab, .AB\u00e9\u00c9 \t-";
    static Random rnd = new Random(77);

    static String randomString() {
        int n = rnd.nextInt(12);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) sb.append(ALPHABET.charAt(rnd.nextInt(ALPHABET.length())));
        return sb.toString();
    }

    static long mix(long h, Object o) {
        String s = String.valueOf(o);
        return h * 1000003L + s.hashCode() + s.length();
    }

    public static void main(String[] args) {
        String[] names = {"indexOf", "lastIndexOf", "contains/starts/ends", "compare", "replace", "split", "trim/strip", "case", "substring", "misc", "builder", "format"};
        long[] sums = new long[names.length];
        for (int round = 0; round < 3000; round++) {
            String s = randomString(), t = randomString();
            String p = t.length() > 3 ? t.substring(0, 2) : t;
            int from = rnd.nextInt(16) - 3;
            char c = ALPHABET.charAt(rnd.nextInt(ALPHABET.length()));
            sums[0] = mix(sums[0], s.indexOf(p) + "," + s.indexOf(p, from) + "," + s.indexOf(c) + "," + s.indexOf(c, from));
            sums[1] = mix(sums[1], s.lastIndexOf(p) + "," + s.lastIndexOf(p, from) + "," + s.lastIndexOf(c) + "," + s.lastIndexOf(c, from));
            sums[2] = mix(sums[2], s.contains(p) + "," + s.startsWith(p) + "," + s.endsWith(p) + "," + s.startsWith(p, from));
            sums[3] = mix(sums[3], s.compareTo(t) + "," + s.compareToIgnoreCase(t) + "," + s.equalsIgnoreCase(t) + "," + s.regionMatches(true, 1, t, 0, 2) + "," + s.equals(t));
            sums[4] = mix(sums[4], s.replace(c, '#') + "|" + s.replace(p, "<>") + "|" + s.replaceAll("[aA]+", "_") + "|" + s.replaceFirst("\\s", "~"));
            String[] parts = {Arrays.toString(s.split(",")), Arrays.toString(s.split(" ")), Arrays.toString(s.split("\\s+")), Arrays.toString(s.split("a", 2)),
                Arrays.toString(s.split("[ab]", -1)), Arrays.toString(s.split("\\.")), Arrays.toString(s.split(""))};
            sums[5] = mix(sums[5], String.join("|", parts));
            sums[6] = mix(sums[6], "[" + s.trim() + "][" + s.strip() + "][" + s.stripLeading() + "][" + s.stripTrailing() + "]" + s.isBlank());
            sums[7] = mix(sums[7], s.toUpperCase() + s.toLowerCase() + Character.toUpperCase(c) + Character.toLowerCase(c));
            int a = rnd.nextInt(s.length() + 1), b = a + rnd.nextInt(s.length() - a + 1);
            sums[8] = mix(sums[8], s.substring(a) + "|" + s.substring(a, b) + "|" + s.subSequence(0, b) + "|" + s.concat(t));
            sums[9] = mix(sums[9], s.hashCode() + "," + s.repeat(rnd.nextInt(3)) + "," + String.join("/", s, t) + "," + s.isEmpty() + "," + s.toCharArray().length);
            StringBuilder sb = new StringBuilder(s);
            sb.insert(a, t).reverse().append(round).deleteCharAt(0).replace(0, Math.min(2, sb.length()), "R");
            if (sb.length() > 3) sb.delete(1, 3);
            sb.setCharAt(0, c);
            sums[10] = mix(sums[10], sb + "," + sb.indexOf(p) + "," + sb.lastIndexOf(p) + "," + sb.length());
            double d = (rnd.nextDouble() - 0.5) * Math.pow(10, rnd.nextInt(12) - 4);
            sums[11] = mix(sums[11], String.format("%s|%8.3f|%-6d|%x|%e|%,.2f|%10s|%c", s, d, round, round * 31, d, d * 1000, t, c));
        }
        for (int i = 0; i < names.length; i++) System.out.println(names[i] + ": " + sums[i]);
    }
}
