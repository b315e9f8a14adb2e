// Deep recursion overflows the stack; StackOverflowError can be caught and the program
// goes on.
// expect: caught StackOverflowError, deep: true
// expect: 2000
public class StackOverflow {
    static int depth = 0;
    static void down() { depth++; down(); }
    static int ok(int n) { return n == 0 ? 0 : 1 + ok(n - 1); }
    public static void main(String[] args) {
        try {
            down();
        } catch (StackOverflowError e) {
            System.out.println("caught StackOverflowError, deep: " + (depth > 1000));
        }
        System.out.println(ok(2000));
    }
}
