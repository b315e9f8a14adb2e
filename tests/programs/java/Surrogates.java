// Strings are UTF-16: supplementary characters take two chars (a surrogate pair),
// lengths and hash codes count code units, chars compare as unsigned numbers.
// expect: 2 55357 56832
// expect: 6 97 233 20013 55348 56606 122 -651607637
// expect: true true
// expect: 128512
// expect: 3 true
// expect: true
// expect: true 4
// expect: 3 0 65 0
public class Surrogates {
    static String codes(String s) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length(); i++) sb.append(i > 0 ? " " : "").append((int) s.charAt(i));
        return sb.toString();
    }
    public static void main(String[] args) {
        String smile = "\uD83D\uDE00";
        System.out.println(smile.length() + " " + codes(smile));
        String mixed = "a\u00e9\u4e2d\uD834\uDD1Ez";
        System.out.println(mixed.length() + " " + codes(mixed) + " " + mixed.hashCode());
        char hi = smile.charAt(0), lo = smile.charAt(1);
        System.out.println((hi >= '\uD800' && hi <= '\uDBFF') + " " + (lo >= '\uDC00' && lo <= '\uDFFF'));
        int cp = ((hi - 0xD800) << 10) + (lo - 0xDC00) + 0x10000;
        System.out.println(cp);
        StringBuilder sb = new StringBuilder();
        sb.append(hi).append(lo).append('!');
        System.out.println(sb.length() + " " + sb.toString().equals(smile + "!"));
        System.out.println("\uffff".compareTo("\u0000") > 0);
        System.out.println("\uD83D\uDE00".equals(smile) + " " + (smile.concat(smile).length()));
        char[] cs = {'\u0000', 'A', '\u0000'};
        System.out.println(cs.length + " " + codes("" + cs[0] + cs[1] + cs[2]));
    }
}
