// A declaration whose name is missing.
// allow extra errors
public class IdentifierExpected {
    int = 5; // expect error: <identifier> expected
    public static void main(String[] args) {
    }
}
