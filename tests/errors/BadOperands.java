// Operators applied to operand types they do not accept.
public class BadOperands {
    public static void main(String[] args) {
        String s = "a";
        boolean b = true;
        Object o = new Object();
        int x = s - 1; // expect error: bad operand types for binary operator '-'
        int y = b + 1; // expect error: bad operand types for binary operator '+'
        boolean c = s && b; // expect error: bad operand types for binary operator '&&'
        int z = -b; // expect error: bad operand type boolean for unary operator '-'
        boolean n = !x; // expect error: bad operand type int for unary operator '!'
        int w = o * 2; // expect error: bad operand types for binary operator '*'
        boolean cmp = s < "b"; // expect error: bad operand types for binary operator '<'
        int sh = 1 << 2.0; // expect error: bad operand types for binary operator '<<'
        s++; // expect error: bad operand type String for unary operator '++'
    }
}
