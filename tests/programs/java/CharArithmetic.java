// char arithmetic: chars are unsigned 16-bit numbers; promotion to int, casts back,
// increments, comparisons, building alphabets, Caesar shifts, digit values.
// expect: 66
// expect: B
// expect: C
// expect: D
// expect: 32
// expect: 9
// expect: 65535 0
// expect: zupkfa
// expect: Khoor, Zruog! Hello, World!
// expect: 1234
// expect: 10
// expect: 65535
// expect: -1
// expect: 65534
// expect: 4
// expect: lower is bigger
// expect: 54
// expect: true
public class CharArithmetic {
    static boolean isDigit(char c) { return c >= '0' && c <= '9'; }
    static boolean isLetter(char c) { return (c | 32) >= 'a' && (c | 32) <= 'z'; }
    static char shift(char c, int k) {
        if (c >= 'a' && c <= 'z') return (char) ('a' + (c - 'a' + k + 26) % 26);
        if (c >= 'A' && c <= 'Z') return (char) ('A' + (c - 'A' + k + 26) % 26);
        return c;
    }
    public static void main(String[] args) {
        char c = 'A';
        System.out.println(c + 1);
        System.out.println((char) (c + 1));
        c += 2;
        System.out.println(c);
        c++;
        System.out.println(c);
        System.out.println('a' - 'A');
        System.out.println('9' - '0');
        System.out.println((int) Character0.MAX + " " + (int) (char) (Character0.MAX + 1));
        StringBuilder alpha = new StringBuilder();
        for (char x = 'z'; x >= 'a'; x -= 5) alpha.append(x);
        System.out.println(alpha);
        String msg = "Hello, World!";
        StringBuilder enc = new StringBuilder(), dec = new StringBuilder();
        for (int i = 0; i < msg.length(); i++) enc.append(shift(msg.charAt(i), 3));
        for (int i = 0; i < enc.length(); i++) dec.append(shift(enc.charAt(i), -3));
        System.out.println(enc + " " + dec);
        int value = 0;
        String digits = "x12y34";
        for (int i = 0; i < digits.length(); i++) {
            char d = digits.charAt(i);
            if (isDigit(d)) value = value * 10 + (d - '0');
        }
        System.out.println(value);
        int letters = 0;
        for (int i = 0; i < msg.length(); i++) if (isLetter(msg.charAt(i))) letters++;
        System.out.println(letters);
        char big = '\uffff';
        int asInt = big;
        System.out.println(asInt);
        short asShort = (short) big;
        System.out.println(asShort);
        char fromNeg = (char) -2;
        System.out.println((int) fromNeg);
        char[] hex = {'0', '1', 'a', 'f'};
        System.out.println(hex.length);
        System.out.println('x' > 'X' ? "lower is bigger" : "upper is bigger");
        char m = 'm';
        m *= 1;
        m /= 2;
        System.out.println((int) m);
        System.out.println((char) 0x263A == '\u263a');
    }
}
class Character0 { static final char MAX = '\uffff'; }
