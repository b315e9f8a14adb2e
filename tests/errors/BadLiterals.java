// Malformed literals: empty char, bad escape, int too large, hex without digits,
// trailing underscore.
// allow extra errors
public class BadLiterals {
    public static void main(String[] args) {
        char c = ''; // expect error: empty character literal
        String s = "bad \q escape"; // expect error: illegal escape character
        int big = 2147483648; // expect error: integer number too large
        int hex = 0x; // expect error: hexadecimal numbers must contain at least one hexadecimal digit
        int under = 1_; // expect error: illegal underscore
    }
}
