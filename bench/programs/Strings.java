// strings: StringBuilder and String work: appending every kind of value, converting ints
// to text by hand and comparing with String.valueOf, string concatenation with +,
// reversing, hashing, equals and compareTo. Measures StringBuilder growth, charAt, short
// strings and the library's string natives. Size: lines (default 40000).
public class Strings {
    // an int's decimal text, built digit by digit
    static String itoa(int v) {
        if (v == 0) return "0";
        StringBuilder digits = new StringBuilder();
        boolean negative = v < 0;
        long x = v;
        if (negative) x = -x;
        while (x > 0) {
            digits.append((char) ('0' + (int) (x % 10)));
            x /= 10;
        }
        StringBuilder sb = new StringBuilder();
        if (negative) sb.append('-');
        for (int i = digits.length() - 1; i >= 0; i--) sb.append(digits.charAt(i));
        return sb.toString();
    }

    static String reverse(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = s.length() - 1; i >= 0; i--) sb.append(s.charAt(i));
        return sb.toString();
    }

    // String.hashCode's formula, by hand
    static int hashOf(CharSequence s) {
        int h = 0;
        for (int i = 0; i < s.length(); i++) h = 31 * h + s.charAt(i);
        return h;
    }

    public static void main(String[] args) {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 40000;
        boolean good = true;
        long totalChars = 0;
        int combined = 0, ordered = 0, palindromes = 0;
        StringBuilder block = new StringBuilder();
        String prev = "";
        for (int i = 0; i < n; i++) {
            int v = (i * 2654435761L % 2000003) > 1000000 ? -i * 7 : i * 13;
            String a = itoa(v);
            if (!a.equals(String.valueOf(v))) good = false;
            block.append("item ").append(i).append(" = ").append(v).append(", ")
                    .append(i * 1234567891L).append(' ').append(i % 3 == 0).append(' ')
                    .append(i * 0.25).append(' ').append((char) ('a' + i % 26)).append('\n');
            String key = "k" + i + ":" + (i & 7) + a;
            if (key.compareTo(prev) > 0) ordered++;
            prev = key;
            String r = reverse(a);
            if (!reverse(r).equals(a)) good = false;
            if (r.equals(a)) palindromes++;
            if (i % 100 == 99 || i == n - 1) {
                String text = block.toString();
                if (text.hashCode() != hashOf(text) || hashOf(block) != hashOf(text)) good = false;
                totalChars += text.length();
                combined = combined * 31 + text.hashCode();
                block = new StringBuilder();
            }
        }
        System.out.println("strings: " + n + " lines, " + totalChars + " chars, hash " + combined
                + ", ordered " + ordered + ", palindromes " + palindromes);
        if (!good) {
            System.out.println("FAIL: a string operation disagrees with its check");
            System.exit(1);
        }
        System.out.println("ok");
    }
}
