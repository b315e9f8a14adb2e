// A floating-point literal with an exponent marker but no exponent digits.
// allow extra errors
public class MalformedFloat {
    public static void main(String[] args) {
        double d = 1e; // expect error: malformed floating-point literal
    }
}
