// Text layout: greedy word wrapping to a width, full justification with spaces
// distributed left first, centering, and counting lines.
// expect: |This    is    an|
// expect: |example  of text|
// expect: |justification...|
// expect: |where every line|
// expect: |except  the last|
// expect: |is  stretched to|
// expect: |the full width..|
// expect: |short.....|
// expect: |averyveryverylongword|
// expect: |fits....|
// expect: *****title***** **odd*** toolongtext
public class WordWrap {
    static String[] split(String s) {
        String[] tmp = new String[s.length()];
        int n = 0;
        StringBuilder cur = new StringBuilder();
        for (int i = 0; i <= s.length(); i++) {
            char c = i < s.length() ? s.charAt(i) : ' ';
            if (c == ' ') { if (cur.length() > 0) { tmp[n++] = cur.toString(); cur = new StringBuilder(); } }
            else cur.append(c);
        }
        String[] r = new String[n];
        System.arraycopy(tmp, 0, r, 0, n);
        return r;
    }
    static void justify(String text, int width) {
        String[] w = split(text);
        int i = 0;
        while (i < w.length) {
            int j = i, len = w[i].length();
            while (j + 1 < w.length && len + 1 + w[j + 1].length() <= width) { j++; len += 1 + w[j].length(); }
            StringBuilder line = new StringBuilder();
            int gaps = j - i;
            if (j == w.length - 1 || gaps == 0) {
                for (int k = i; k <= j; k++) { if (k > i) line.append(' '); line.append(w[k]); }
                while (line.length() < width) line.append('.');
            } else {
                int spaces = width - (len - gaps);
                for (int k = i; k <= j; k++) {
                    line.append(w[k]);
                    if (k < j) {
                        int n = spaces / gaps + (k - i < spaces % gaps ? 1 : 0);
                        for (int s = 0; s < n; s++) line.append(' ');
                    }
                }
            }
            System.out.println("|" + line + "|");
            i = j + 1;
        }
    }
    static String center(String s, int width) {
        StringBuilder sb = new StringBuilder();
        int left = (width - s.length()) / 2;
        for (int i = 0; i < left; i++) sb.append('*');
        sb.append(s);
        while (sb.length() < width) sb.append('*');
        return sb.toString();
    }
    public static void main(String[] args) {
        String text = "This is an example of text justification where every line except the last is stretched to the full width.";
        justify(text, 16);
        justify("short", 10);
        justify("averyveryverylongword fits", 8);
        System.out.println(center("title", 15) + " " + center("odd", 8) + " " + center("toolongtext", 4));
    }
}
