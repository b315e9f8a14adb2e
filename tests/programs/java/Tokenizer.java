// A tokenizer for a Java-like language: identifiers, keywords, integer and string
// literals with escapes, operators (longest match), comments; errors as exceptions.
// expect: KEYWORD(int)@1 IDENT(x)@1 OP(=)@1 NUMBER(42)@1 OP(;)@1 KEYWORD(if)@2 OP(()@2 IDENT(x)@2 OP(>=)@2 NUMBER(10)@2 OP(&&)@2 IDENT(y)@2 OP(!=)@2 NUMBER(3)@2 OP())@2 OP({)@2 IDENT(x)@2 OP(>>>=)@2 NUMBER(2)@2 OP(;)@2 OP(})@2 EOF()@2 |
// expect: KEYWORD(while)@1 OP(()@1 IDENT(i)@1 OP(++)@1 OP(<)@1 IDENT(n)@1 OP())@1 IDENT(s)@1 OP(+=)@1 STRING(a	b)@1 OP(;)@1 EOF()@1 |
// expect: KEYWORD(return)@3 IDENT(a)@3 OP(<<)@3 IDENT(b)@3 OP(;)@3 EOF()@3 |
// expect: IDENT(x)@1 OP(=)@1 | error line 1: unclosed string
// expect: IDENT(a)@1 | error line 1: illegal character '#'
// expect: | error line 1: unclosed comment
// expect: IDENT(s)@1 OP(=)@1 | error line 1: bad escape \q
class Token {
    static final int IDENT = 0, KEYWORD = 1, NUMBER = 2, STRING = 3, OP = 4, EOF = 5;
    static final String[] KINDS = {"IDENT", "KEYWORD", "NUMBER", "STRING", "OP", "EOF"};
    final int kind;
    final String text;
    final int line;
    Token(int kind, String text, int line) { this.kind = kind; this.text = text; this.line = line; }
    public String toString() { return KINDS[kind] + "(" + text + ")@" + line; }
}
class LexError extends RuntimeException {
    LexError(String msg, int line) { super("line " + line + ": " + msg); }
}
class Lexer {
    private static final String[] KEYWORDS = {"if", "else", "while", "return", "int"};
    private static final String[] OPS = {">>>=", "<<=", ">>=", ">>>", "==", "!=", "<=", ">=", "&&", "||", "++", "--",
        "+=", "-=", "<<", ">>", "+", "-", "*", "/", "=", "<", ">", "(", ")", "{", "}", ";", "!"};
    private final String s;
    private int pos, line = 1;
    Lexer(String s) { this.s = s; }
    private boolean at(String t) {
        if (pos + t.length() > s.length()) return false;
        for (int i = 0; i < t.length(); i++) if (s.charAt(pos + i) != t.charAt(i)) return false;
        return true;
    }
    Token next() {
        while (pos < s.length()) {
            char c = s.charAt(pos);
            if (c == '\n') { line++; pos++; }
            else if (c == ' ' || c == '\t') pos++;
            else if (at("//")) { while (pos < s.length() && s.charAt(pos) != '\n') pos++; }
            else if (at("/*")) {
                int start = line;
                pos += 2;
                while (!at("*/")) {
                    if (pos >= s.length()) throw new LexError("unclosed comment", start);
                    if (s.charAt(pos++) == '\n') line++;
                }
                pos += 2;
            } else break;
        }
        if (pos >= s.length()) return new Token(Token.EOF, "", line);
        char c = s.charAt(pos);
        StringBuilder sb = new StringBuilder();
        if (c == '_' || (c | 32) >= 'a' && (c | 32) <= 'z') {
            while (pos < s.length()) {
                char d = s.charAt(pos);
                if (d == '_' || (d | 32) >= 'a' && (d | 32) <= 'z' || d >= '0' && d <= '9') { sb.append(d); pos++; } else break;
            }
            String w = sb.toString();
            for (String k : KEYWORDS) if (k.equals(w)) return new Token(Token.KEYWORD, w, line);
            return new Token(Token.IDENT, w, line);
        }
        if (c >= '0' && c <= '9') {
            while (pos < s.length() && s.charAt(pos) >= '0' && s.charAt(pos) <= '9') sb.append(s.charAt(pos++));
            return new Token(Token.NUMBER, sb.toString(), line);
        }
        if (c == '"') {
            pos++;
            while (true) {
                if (pos >= s.length() || s.charAt(pos) == '\n') throw new LexError("unclosed string", line);
                char d = s.charAt(pos++);
                if (d == '"') break;
                if (d == '\\') {
                    char e = s.charAt(pos++);
                    switch (e) {
                        case 'n': sb.append('\n'); break;
                        case 't': sb.append('\t'); break;
                        case '"': sb.append('"'); break;
                        case '\\': sb.append('\\'); break;
                        default: throw new LexError("bad escape \\" + e, line);
                    }
                } else sb.append(d);
            }
            return new Token(Token.STRING, sb.toString(), line);
        }
        for (String op : OPS) if (at(op)) { pos += op.length(); return new Token(Token.OP, op, line); }
        throw new LexError("illegal character '" + c + "'", line);
    }
}
public class Tokenizer {
    static void dump(String src) {
        Lexer lx = new Lexer(src);
        StringBuilder sb = new StringBuilder();
        try {
            for (Token t = lx.next(); ; t = lx.next()) {
                sb.append(t).append(' ');
                if (t.kind == Token.EOF) break;
            }
            System.out.println(sb.append('|'));
        } catch (LexError e) {
            System.out.println(sb.append("| error ").append(e.getMessage()));
        }
    }
    public static void main(String[] args) {
        dump("int x = 42;\nif (x >= 10 && y != 3) { x >>>= 2; }");
        dump("while (i++ < n) s += \"a\\tb\";");
        dump("// comment\n/* multi\nline */ return a<<b;");
        dump("x = \"unterminated");
        dump("a # b");
        dump("/* never closed");
        dump("s = \"esc\\q\"");
    }
}
