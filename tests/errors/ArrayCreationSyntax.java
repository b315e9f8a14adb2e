// Array creation needs a dimension or an initializer, not both.
// allow extra errors
public class ArrayCreationSyntax {
    public static void main(String[] args) {
        int[] a = new int[]; // expect error: array dimension missing
        int[] b = new int[2]{1, 2}; // expect error: array creation with both dimension expression and initialization is illegal
    }
}
