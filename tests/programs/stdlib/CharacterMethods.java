// Character: classification (isDigit, isLetter, isLetterOrDigit, isWhitespace,
// isSpaceChar, isUpperCase, isLowerCase, isAlphabetic) and case mapping for ASCII, Latin-1
// and a few other scripts; digit, forDigit, getNumericValue, getType, surrogates,
// caching of boxes, compare, MIN/MAX values.
// expect: 61 -LA---la up=41 lo=61 type=2 digit=10 num=10
// expect: 5a -LA--U-a up=5a lo=7a type=1 digit=-1 num=35
// expect: 35 D-A----- up=35 lo=35 type=9 digit=5 num=5
// expect: 20 ---WS--- up=20 lo=20 type=12 digit=-1 num=-1
// expect: 9 ---W---- up=9 lo=9 type=15 digit=-1 num=-1
// expect: a ---W---- up=a lo=a type=15 digit=-1 num=-1
// expect: 5f -------- up=5f lo=5f type=23 digit=-1 num=-1
// expect: 24 -------- up=24 lo=24 type=26 digit=-1 num=-1
// expect: 21 -------- up=21 lo=21 type=24 digit=-1 num=-1
// expect: e9 -LA---la up=c9 lo=e9 type=2 digit=-1 num=-1
// expect: c9 -LA--U-a up=c9 lo=e9 type=1 digit=-1 num=-1
// expect: df -LA---la up=df lo=df type=2 digit=-1 num=-1
// expect: ff -LA---la up=178 lo=ff type=2 digit=-1 num=-1
// expect: a0 ----S--- up=a0 lo=a0 type=12 digit=-1 num=-1
// expect: aa -LA---la up=aa lo=aa type=5 digit=-1 num=-1
// expect: b5 -LA---la up=39c lo=b5 type=2 digit=-1 num=-1
// expect: d7 -------- up=d7 lo=d7 type=25 digit=-1 num=-1
// expect: 3b1 -LA---la up=391 lo=3b1 type=2 digit=-1 num=-1
// expect: 3a9 -LA--U-a up=3a9 lo=3c9 type=1 digit=-1 num=-1
// expect: 416 -LA--U-a up=416 lo=436 type=1 digit=-1 num=-1
// expect: 436 -LA---la up=416 lo=436 type=2 digit=-1 num=-1
// expect: 663 D-A----- up=663 lo=663 type=9 digit=3 num=3
// expect: 4e2d -LA----a up=4e2d lo=4e2d type=5 digit=-1 num=-1
// expect: 2003 ---WS--- up=2003 lo=2003 type=12 digit=-1 num=-1
// expect: 2028 ---WS--- up=2028 lo=2028 type=13 digit=-1 num=-1
// expect: 300 -------- up=300 lo=300 type=6 digit=-1 num=-1
// expect: b2 -------- up=b2 lo=b2 type=11 digit=-1 num=2
// expect: bd -------- up=bd lo=bd type=11 digit=-1 num=-2
// expect: ff21 -LA--U-a up=ff21 lo=ff41 type=1 digit=10 num=10
// expect: 7 15 35 -1 -1
// expect: b 5 0
// expect: true true 128512 2 2
// expect: true true 66560 false
// expect: true true -2 1 120 q
// expect: 0 65535 2 36
// expect: 13 letters, 3 digits, 3 spaces, 3 upper
// expect: hELLO, wORLD! 123 éTÉ
// expect: d 100 e 98 de
public class CharacterMethods {
    static String flags(char c) {
        return (Character.isDigit(c) ? "D" : "-") + (Character.isLetter(c) ? "L" : "-") + (Character.isLetterOrDigit(c) ? "A" : "-")
                + (Character.isWhitespace(c) ? "W" : "-") + (Character.isSpaceChar(c) ? "S" : "-") + (Character.isUpperCase(c) ? "U" : "-")
                + (Character.isLowerCase(c) ? "l" : "-") + (Character.isAlphabetic(c) ? "a" : "-");
    }

    public static void main(String[] args) {
        char[] samples = {'a', 'Z', '5', ' ', '\t', '\n', '_', '$', '!', '\u00e9', '\u00c9', '\u00df', '\u00ff', '\u00a0', '\u00aa', '\u00b5', '\u00d7',
            '\u03b1', '\u03a9', '\u0416', '\u0436', '\u0663', '\u4e2d', '\u2003', '\u2028', '\u0300', '\u00b2', '\u00bd', '\uff21'};
        for (char c : samples) {
            System.out.println(Integer.toHexString(c) + " " + flags(c) + " up=" + Integer.toHexString(Character.toUpperCase(c)) + " lo=" + Integer.toHexString(Character.toLowerCase(c))
                    + " type=" + Character.getType(c) + " digit=" + Character.digit(c, 16) + " num=" + Character.getNumericValue(c));
        }
        System.out.println(Character.digit('7', 10) + " " + Character.digit('f', 16) + " " + Character.digit('z', 36) + " " + Character.digit('9', 8) + " " + Character.digit('A', 10));
        System.out.println(Character.forDigit(11, 16) + " " + Character.forDigit(5, 10) + " " + (int) Character.forDigit(20, 10));
        System.out.println(Character.isHighSurrogate('\uD83D') + " " + Character.isLowSurrogate('\uDE00') + " " + Character.toCodePoint('\uD83D', '\uDE00') + " " + Character.charCount(0x1F600) + " " + Character.toChars(0x1F600).length);
        System.out.println(Character.isLetter(0x1D400) + " " + Character.isDigit(0x1D7CE) + " " + Character.toUpperCase(0x10428) + " " + Character.isValidCodePoint(0x110000));
        Character c1 = 'x', c2 = 'x';
        System.out.println((c1 == c2) + " " + c1.equals(c2) + " " + c1.compareTo('z') + " " + Character.compare('b', 'a') + " " + c1.hashCode() + " " + Character.valueOf('q'));
        System.out.println((int) Character.MIN_VALUE + " " + (int) Character.MAX_VALUE + " " + Character.MIN_RADIX + " " + Character.MAX_RADIX);
        String text = "Hello, World! 123 \u00c9t\u00e9";
        int letters = 0, digits = 0, spaces = 0, upper = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c)) letters++;
            if (Character.isDigit(c)) digits++;
            if (Character.isWhitespace(c)) spaces++;
            if (Character.isUpperCase(c)) upper++;
        }
        System.out.println(letters + " letters, " + digits + " digits, " + spaces + " spaces, " + upper + " upper");
        StringBuilder swapped = new StringBuilder();
        for (char c : text.toCharArray()) swapped.append(Character.isUpperCase(c) ? Character.toLowerCase(c) : Character.toUpperCase(c));
        System.out.println(swapped);
        char c = 'a';
        c += 2;
        c++;
        System.out.println(c + " " + (int) c + " " + (char) (c + 1) + " " + ('a' + 1) + " " + Character.toString(100) + Character.toString('e'));
    }
}
