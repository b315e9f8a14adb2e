// String processing with StringBuilder: splitting into words, reversing words,
// palindromes, word frequencies in parallel arrays, capitalization, run-length coding.
// expect: 9
// expect: mat the on sat hat the and cat the
// expect: the 3
// expect: cat 1
// expect: and 1
// expect: hat 1
// expect: sat 1
// expect: on 1
// expect: mat 1
// expect: true <- [A man, a plan, a canal: Panama]
// expect: true <- [racecar]
// expect: false <- [hello]
// expect: true <- []
// expect: true <- [No 'x' in Nixon]
// expect: desserts Hello Big World
// expect: 3a1b2c5d1e aaabccddddde xxxxxxxxxxxxyyy
public class TextProcessing {
    static String[] words(String s) {
        int count = 0;
        boolean in = false;
        for (int i = 0; i < s.length(); i++) {
            boolean letter = s.charAt(i) != ' ';
            if (letter && !in) count++;
            in = letter;
        }
        String[] out = new String[count];
        int k = 0;
        StringBuilder cur = new StringBuilder();
        for (int i = 0; i <= s.length(); i++) {
            if (i == s.length() || s.charAt(i) == ' ') {
                if (cur.length() > 0) { out[k++] = cur.toString(); cur = new StringBuilder(); }
            } else cur.append(s.charAt(i));
        }
        return out;
    }
    static String reverse(String s) {
        StringBuilder sb = new StringBuilder();
        for (int i = s.length() - 1; i >= 0; i--) sb.append(s.charAt(i));
        return sb.toString();
    }
    static char lower(char c) { return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c; }
    static boolean palindrome(String s) {
        int i = 0, j = s.length() - 1;
        while (i < j) {
            char a = lower(s.charAt(i)), b = lower(s.charAt(j));
            if (!(a >= 'a' && a <= 'z')) { i++; continue; }
            if (!(b >= 'a' && b <= 'z')) { j--; continue; }
            if (a != b) return false;
            i++; j--;
        }
        return true;
    }
    static String capitalize(String s) {
        StringBuilder sb = new StringBuilder();
        boolean start = true;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            sb.append(start && c >= 'a' && c <= 'z' ? (char) (c - 32) : c);
            start = c == ' ';
        }
        return sb.toString();
    }
    static String rle(String s) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length(); ) {
            int j = i;
            while (j < s.length() && s.charAt(j) == s.charAt(i)) j++;
            sb.append(j - i).append(s.charAt(i));
            i = j;
        }
        return sb.toString();
    }
    static String unrle(String s) {
        StringBuilder sb = new StringBuilder();
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') n = n * 10 + (c - '0');
            else { for (int k = 0; k < n; k++) sb.append(c); n = 0; }
        }
        return sb.toString();
    }
    public static void main(String[] args) {
        String text = "  the cat and the hat   sat on the mat  ";
        String[] ws = words(text);
        System.out.println(ws.length);
        StringBuilder rev = new StringBuilder();
        for (int i = ws.length - 1; i >= 0; i--) rev.append(ws[i]).append(i > 0 ? " " : "");
        System.out.println(rev);
        String[] uniq = new String[ws.length];
        int[] freq = new int[ws.length];
        int nu = 0;
        for (String w : ws) {
            int k = 0;
            while (k < nu && !uniq[k].equals(w)) k++;
            if (k == nu) uniq[nu++] = w;
            freq[k]++;
        }
        for (int i = 0; i < nu; i++) System.out.println(uniq[i] + " " + freq[i]);
        String[] pals = {"A man, a plan, a canal: Panama", "racecar", "hello", "", "No 'x' in Nixon"};
        for (String p : pals) System.out.println(palindrome(p) + " <- [" + p + "]");
        System.out.println(reverse("stressed") + " " + capitalize("hello big world"));
        String enc = rle("aaabccddddde");
        System.out.println(enc + " " + unrle(enc) + " " + unrle("12x3y"));
    }
}
