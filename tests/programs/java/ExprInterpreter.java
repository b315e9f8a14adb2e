// A small interpreter: a tokenizer, a recursive-descent parser building an AST of
// classes (abstract Node, binary/unary/number/variable/assignment nodes), an environment
// of variables, and evaluation with errors reported as exceptions.
// expect: (1 + (2 * 3)) => 7
// expect: ((1 + 2) * 3) => 9
// expect: (2 ^ (3 ^ 2)) => 512
// expect: (-4 + (10 % 3)) => -3
// expect: (x = (6 * 7)) => 42
// expect: (y = (x - 2)) => 40
// expect: ((x * y) / 4) => 420
// expect: eval error: undefined variable z
// expect: eval error: division by zero in (10 / (x - 42))
// expect: parse error: unexpected end
// expect: parse error: expected ')' at 6
// expect: (a = (b = 5)) => 5
// expect: (a * b) => 25
// expect: parse error: unexpected '$' at 2
abstract class Node {
    abstract int eval(Env env);
    abstract String show();
}
class Num extends Node {
    final int v;
    Num(int v) { this.v = v; }
    int eval(Env env) { return v; }
    String show() { return "" + v; }
}
class Var extends Node {
    final String name;
    Var(String n) { name = n; }
    int eval(Env env) { return env.get(name); }
    String show() { return name; }
}
class Assign extends Node {
    final String name; final Node value;
    Assign(String n, Node v) { name = n; value = v; }
    int eval(Env env) { int v = value.eval(env); env.set(name, v); return v; }
    String show() { return "(" + name + " = " + value.show() + ")"; }
}
class Neg extends Node {
    final Node e;
    Neg(Node e) { this.e = e; }
    int eval(Env env) { return -e.eval(env); }
    String show() { return "-" + e.show(); }
}
class Bin extends Node {
    final char op; final Node l, r;
    Bin(char op, Node l, Node r) { this.op = op; this.l = l; this.r = r; }
    int eval(Env env) {
        int a = l.eval(env), b = r.eval(env);
        switch (op) {
            case '+': return a + b;
            case '-': return a - b;
            case '*': return a * b;
            case '/':
                if (b == 0) throw new EvalError("division by zero in " + show());
                return a / b;
            case '%': return a % b;
            case '^': { int p = 1; for (int i = 0; i < b; i++) p *= a; return p; }
        }
        throw new IllegalStateException("bad op " + op);
    }
    String show() { return "(" + l.show() + " " + op + " " + r.show() + ")"; }
}
class EvalError extends RuntimeException { EvalError(String m) { super(m); } }
class ParseError extends Exception { ParseError(String m) { super(m); } }
class Env {
    private final String[] names = new String[32];
    private final int[] values = new int[32];
    private int n;
    int get(String name) {
        for (int i = 0; i < n; i++) if (names[i].equals(name)) return values[i];
        throw new EvalError("undefined variable " + name);
    }
    void set(String name, int v) {
        for (int i = 0; i < n; i++) if (names[i].equals(name)) { values[i] = v; return; }
        names[n] = name; values[n++] = v;
    }
}
class Parser {
    private final String src;
    private int pos;
    Parser(String s) { src = s; }
    private void skip() { while (pos < src.length() && src.charAt(pos) == ' ') pos++; }
    private char peek() { skip(); return pos < src.length() ? src.charAt(pos) : '\0'; }
    private boolean isAlpha(char c) { return c >= 'a' && c <= 'z'; }
    private boolean isDigit(char c) { return c >= '0' && c <= '9'; }
    Node parse() throws ParseError {
        Node n = statement();
        if (peek() != '\0') throw new ParseError("unexpected '" + peek() + "' at " + pos);
        return n;
    }
    private Node statement() throws ParseError {
        int save = pos;
        if (isAlpha(peek())) {
            String name = ident();
            if (peek() == '=') { pos++; return new Assign(name, statement()); }
            pos = save;
        }
        return expr();
    }
    private String ident() {
        StringBuilder sb = new StringBuilder();
        while (pos < src.length() && isAlpha(src.charAt(pos))) sb.append(src.charAt(pos++));
        return sb.toString();
    }
    private Node expr() throws ParseError {
        Node l = term();
        for (char c = peek(); c == '+' || c == '-'; c = peek()) { pos++; l = new Bin(c, l, term()); }
        return l;
    }
    private Node term() throws ParseError {
        Node l = power();
        for (char c = peek(); c == '*' || c == '/' || c == '%'; c = peek()) { pos++; l = new Bin(c, l, power()); }
        return l;
    }
    private Node power() throws ParseError {
        Node base = unary();
        if (peek() == '^') { pos++; return new Bin('^', base, power()); }
        return base;
    }
    private Node unary() throws ParseError {
        if (peek() == '-') { pos++; return new Neg(unary()); }
        return primary();
    }
    private Node primary() throws ParseError {
        char c = peek();
        if (c == '(') {
            pos++;
            Node e = expr();
            if (peek() != ')') throw new ParseError("expected ')' at " + pos);
            pos++;
            return e;
        }
        if (isDigit(c)) {
            int v = 0;
            while (pos < src.length() && isDigit(src.charAt(pos))) v = v * 10 + (src.charAt(pos++) - '0');
            return new Num(v);
        }
        if (isAlpha(c)) return new Var(ident());
        throw new ParseError(c == '\0' ? "unexpected end" : "unexpected '" + c + "' at " + pos);
    }
}
public class ExprInterpreter {
    public static void main(String[] args) {
        String[] program = {
            "1 + 2 * 3", "(1 + 2) * 3", "2 ^ 3 ^ 2", "-4 + 10 % 3", "x = 6 * 7", "y = x - 2",
            "x * y / 4", "z + 1", "10 / (x - 42)", "1 +", "(1 + 2", "a = b = 5", "a * b", "3 $ 4",
        };
        Env env = new Env();
        for (String line : program) {
            try {
                Node n = new Parser(line).parse();
                System.out.println(n.show() + " => " + n.eval(env));
            } catch (ParseError e) {
                System.out.println("parse error: " + e.getMessage());
            } catch (EvalError e) {
                System.out.println("eval error: " + e.getMessage());
            }
        }
    }
}
