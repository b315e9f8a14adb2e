// A string literal must end on its line.
public class UnclosedString {
    public static void main(String[] args) {
        String s = "never closed; // expect error: unclosed string literal
    }
}
