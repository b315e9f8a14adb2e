// Expressions that cannot stand alone as statements.
public class NotAStatement {
    public static void main(String[] args) {
        int x = 1;
        x + 1; // expect error: not a statement
        "text"; // expect error: not a statement
        x == 2; // expect error: not a statement
    }
}
