// Character literals hold exactly one UTF-16 unit.
// allow extra errors
public class CharLiteralErrors {
    public static void main(String[] args) {
        char a = 'ab'; // expect error: unclosed character literal
    }
}
