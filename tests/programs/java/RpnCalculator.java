// Reverse Polish notation calculator on doubles: a token splitter, a stack with
// underflow errors, operators including unary ones, and conversion from infix with the
// shunting-yard algorithm.
// expect: 3 4 + = 7.0
// expect: 5 1 2 + 4 * + 3 - = 14.0
// expect: 2 sqrt dup * = 2.0000000000000004
// expect: 1 0 / = Infinity
// expect: 0 0 / = NaN
// expect: 7 neg 2 / = -3.5
// expect: + : stack underflow
// expect: 1 2 : 1 values left over
// expect: x : bad token
// expect: ( 1 + 2 ) * 3 => 1 2 + 3 * => 9.0
// expect: 10 - 4 - 3 => 10 4 - 3 - => 3.0
// expect: 2 * ( 3 + 4 ) / 7 - 1 => 2 3 4 + * 7 / 1 - => 1.0
// expect: 8 / 2 / 2 => 8 2 / 2 / => 2.0
public class RpnCalculator {
    static double[] stack = new double[32];
    static int sp;
    static void push(double d) { stack[sp++] = d; }
    static double pop() {
        if (sp == 0) throw new IllegalStateException("stack underflow");
        return stack[--sp];
    }
    static String[] tokens(String s) {
        String[] out = new String[s.length()];
        int n = 0;
        StringBuilder cur = new StringBuilder();
        for (int i = 0; i <= s.length(); i++) {
            char c = i < s.length() ? s.charAt(i) : ' ';
            if (c == ' ') { if (cur.length() > 0) { out[n++] = cur.toString(); cur = new StringBuilder(); } }
            else cur.append(c);
        }
        String[] r = new String[n];
        System.arraycopy(out, 0, r, 0, n);
        return r;
    }
    static double eval(String expr) {
        sp = 0;
        for (String t : tokens(expr)) {
            switch (t) {
                case "+": push(pop() + pop()); break;
                case "*": push(pop() * pop()); break;
                case "-": { double b = pop(), a = pop(); push(a - b); break; }
                case "/": { double b = pop(), a = pop(); push(a / b); break; }
                case "neg": push(-pop()); break;
                case "sqrt": push(Math.sqrt(pop())); break;
                case "dup": { double a = pop(); push(a); push(a); break; }
                default: push(Integer.parseInt(t));
            }
        }
        double r = pop();
        if (sp != 0) throw new IllegalStateException(sp + " values left over");
        return r;
    }
    static int prec(String op) { return op.equals("+") || op.equals("-") ? 1 : 2; }
    static String toRpn(String infix) {
        StringBuilder out = new StringBuilder();
        String[] ops = new String[32];
        int n = 0;
        for (String t : tokens(infix)) {
            if (t.equals("(")) ops[n++] = t;
            else if (t.equals(")")) { while (!ops[n - 1].equals("(")) out.append(ops[--n]).append(' '); n--; }
            else if (t.equals("+") || t.equals("-") || t.equals("*") || t.equals("/")) {
                while (n > 0 && !ops[n - 1].equals("(") && prec(ops[n - 1]) >= prec(t)) out.append(ops[--n]).append(' ');
                ops[n++] = t;
            } else out.append(t).append(' ');
        }
        while (n > 0) out.append(ops[--n]).append(' ');
        return out.toString();
    }
    public static void main(String[] args) {
        String[] exprs = {"3 4 +", "5 1 2 + 4 * + 3 -", "2 sqrt dup *", "1 0 /", "0 0 /", "7 neg 2 /", "+", "1 2", "x"};
        for (String e : exprs) {
            try {
                System.out.println(e + " = " + eval(e));
            } catch (IllegalStateException ex) {
                System.out.println(e + " : " + ex.getMessage());
            } catch (NumberFormatException ex) {
                System.out.println(e + " : bad token");
            }
        }
        String[] infix = {"( 1 + 2 ) * 3", "10 - 4 - 3", "2 * ( 3 + 4 ) / 7 - 1", "8 / 2 / 2"};
        for (String in : infix) {
            String rpn = toRpn(in);
            System.out.println(in + " => " + rpn + "=> " + eval(rpn));
        }
    }
}
