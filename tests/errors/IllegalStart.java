// An expression is missing.
public class IllegalStart {
    public static void main(String[] args) {
        int x = ; // expect error: illegal start of expression
        System.out.println(x);
    }
}
