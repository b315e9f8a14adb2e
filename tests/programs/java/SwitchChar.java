// switch on char: classifying characters, ranges by fall-through, char arithmetic labels.
// expect: 104 consonant
// expect: 105 vowel
// expect: 32 space
// expect: 52 digit
// expect: 50 digit
// expect: 43 operator
// expect: 90 big Z
// expect: 33 other
// expect: 9 space
// expect: 233 e-acute
// expect: 120 consonant
// expect: 11 24
public class SwitchChar {
    static String kind(char c) {
        switch (c) {
            case 'a': case 'e': case 'i': case 'o': case 'u':
                return "vowel";
            case ' ': case '\t': case '\n':
                return "space";
            case '0': case '1': case '2': case '3': case '4':
            case '5': case '6': case '7': case '8': case '9':
                return "digit";
            case '+': case '-': case '*': case '/':
                return "operator";
            case 'A' + 25:
                return "big Z";
            case '\u00e9':
                return "e-acute";
            default:
                if (c >= 'a' && c <= 'z') return "consonant";
                return "other";
        }
    }
    public static void main(String[] args) {
        String s = "hi 42+Z!\t\u00e9x";
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            System.out.println((int) c + " " + kind(c));
        }
        int vowels = 0, others = 0;
        String text = "the quick brown fox jumps over the lazy dog";
        for (int i = 0; i < text.length(); i++) {
            switch (text.charAt(i)) {
                case 'a': case 'e': case 'i': case 'o': case 'u': vowels++; break;
                case ' ': break;
                default: others++;
            }
        }
        System.out.println(vowels + " " + others);
    }
}
