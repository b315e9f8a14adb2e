// A field initializer cannot read a field declared later by its simple name.
public class ForwardReference {
    int a = b + 1; // expect error: illegal forward reference
    int b = 2;
    static int s = t; // expect error: illegal forward reference
    static int t = 3;
    int c = this.d + 1;
    int d = 4;
    public static void main(String[] args) {
    }
}
