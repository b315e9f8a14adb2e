// A declaration where a single statement is required.
public class DeclNotAllowed {
    public static void main(String[] args) {
        if (args.length == 0) int y = 1; // expect error: variable declaration not allowed here
        while (false) String s = ""; // expect error: variable declaration not allowed here
    }
}
