// A missing closing parenthesis in an if condition.
public class MissingParen {
    public static void main(String[] args) {
        int x = 3;
        if (x > 1 { // expect error: ')' expected
            System.out.println(x);
        }
    }
}
