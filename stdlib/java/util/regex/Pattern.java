package java.util.regex;

import java.util.ArrayList;

/**
 * Regular expressions: a backtracking matcher over a graph of nodes, in the JDK's style
 * (each node matches at an index and calls its successor). Supported syntax:
 *
 *   literals and escapes     \t \n \r \f \a \e \0ooo \xhh, \\u followed by 4 hex digits, \cX, \Q...\E, \\ \. etc.
 *   classes                  . [abc] [^a-z] [a-z&&[^e]] \d \D \s \S \w \W \h \H
 *                            \p{Lower} \p{Alpha} \p{Punct} ... \p{javaWhitespace} ...
 *                            \p{L} \p{Lu} \p{Nd} ... \p{IsAlphabetic} ... and \P{...}
 *   boundaries               ^ $ \b \B \A \z \Z \G (as \A)
 *   groups                   (x) (?:x) (?<name>x) (?=x) (?!x) (?<=x) (?<!x) (fixed length
 *                            lookbehind) (?i) (?s) (?m) (?x) and (?i:x), back references \1 \k<name>
 *   quantifiers              * + ? {n} {n,} {n,m}, lazy (?) and possessive (+) forms
 *   alternation              x|y
 *
 * Flags: CASE_INSENSITIVE, MULTILINE, DOTALL, COMMENTS, UNICODE_CASE (case-insensitive
 * matching is always Unicode-aware here), LITERAL.
 */
public final class Pattern implements java.io.Serializable {
    public static final int UNIX_LINES = 0x01;
    public static final int CASE_INSENSITIVE = 0x02;
    public static final int COMMENTS = 0x04;
    public static final int MULTILINE = 0x08;
    public static final int LITERAL = 0x10;
    public static final int DOTALL = 0x20;
    public static final int UNICODE_CASE = 0x40;
    public static final int CANON_EQ = 0x80;
    public static final int UNICODE_CHARACTER_CLASS = 0x100;

    private final String pattern;
    private final int flags0;
    Node root;          // the whole expression, ending in an Accept node
    int groupCount;     // capturing groups, not counting group 0
    int localCount;     // scratch slots the nodes keep in the Matcher
    ArrayList<String> groupNames = new ArrayList<String>(); // name of group k at k - 1, or null

    /* parser state */
    private int flags;
    private int cursor;
    private final String src;

    private Pattern(String p, int f) {
        pattern = p;
        flags0 = f;
        flags = f;
        if ((f & LITERAL) != 0) {
            src = quote(p);
            flags &= ~LITERAL;
        } else {
            src = p;
        }
        Frag e = parseAlternation();
        if (cursor < src.length()) {
            if (src.charAt(cursor) == ')') throw error("Unmatched closing ')'", cursor - 1);
            throw error("Unexpected character '" + src.charAt(cursor) + "'", cursor);
        }
        Node accept = new Accept();
        if (e == null) {
            root = accept;
        } else {
            e.tail.next = accept;
            root = e.head;
        }
    }

    public static Pattern compile(String regex) {
        return new Pattern(regex, 0);
    }

    public static Pattern compile(String regex, int flags) {
        return new Pattern(regex, flags);
    }

    public String pattern() {
        return pattern;
    }

    public String toString() {
        return pattern;
    }

    public int flags() {
        return flags0;
    }

    public Matcher matcher(CharSequence input) {
        return new Matcher(this, input);
    }

    public static boolean matches(String regex, CharSequence input) {
        return compile(regex).matcher(input).matches();
    }

    /** A regex that matches s literally. */
    public static String quote(String s) {
        int slashEIndex = s.indexOf("\\E");
        if (slashEIndex == -1) return "\\Q" + s + "\\E";
        StringBuilder sb = new StringBuilder(s.length() * 2);
        sb.append("\\Q");
        int current = 0;
        while ((slashEIndex = s.indexOf("\\E", current)) != -1) {
            sb.append(s, current, slashEIndex);
            current = slashEIndex + 2;
            sb.append("\\E\\\\E\\Q");
        }
        sb.append(s, current, s.length());
        sb.append("\\E");
        return sb.toString();
    }

    public String[] split(CharSequence input) {
        return split(input, 0);
    }

    /** The JDK's split: no empty leading string for a zero-width match at 0; limit 0
     *  drops trailing empty strings; no match gives the input itself. */
    public String[] split(CharSequence input, int limit) {
        int index = 0;
        boolean matchLimited = limit > 0;
        ArrayList<String> matchList = new ArrayList<String>();
        Matcher m = matcher(input);
        while (m.find()) {
            if (!matchLimited || matchList.size() < limit - 1) {
                if (index == 0 && index == m.start() && m.start() == m.end()) continue;
                matchList.add(input.subSequence(index, m.start()).toString());
                index = m.end();
            } else if (matchList.size() == limit - 1) {
                matchList.add(input.subSequence(index, input.length()).toString());
                index = m.end();
            }
        }
        if (index == 0) return new String[] {input.toString()};
        if (!matchLimited || matchList.size() < limit) matchList.add(input.subSequence(index, input.length()).toString());
        int resultSize = matchList.size();
        if (limit == 0)
            while (resultSize > 0 && matchList.get(resultSize - 1).isEmpty()) resultSize--;
        String[] result = new String[resultSize];
        for (int i = 0; i < resultSize; i++) result[i] = matchList.get(i);
        return result;
    }

    /* ================================================================== */
    /* parser                                                             */
    /* ================================================================== */

    /** A chain of nodes; tail.next is set when the fragment is linked. */
    static final class Frag {
        Node head, tail;

        Frag(Node head, Node tail) {
            this.head = head;
            this.tail = tail;
        }
    }

    private PatternSyntaxException error(String desc, int index) {
        return new PatternSyntaxException(desc, pattern, index);
    }

    private boolean has(int f) {
        return (flags & f) != 0;
    }

    private int peek() {
        skipComments();
        return cursor < src.length() ? src.charAt(cursor) : -1;
    }

    /** In COMMENTS mode, white space and #-comments between tokens are ignored. */
    private void skipComments() {
        if (!has(COMMENTS)) return;
        while (cursor < src.length()) {
            char c = src.charAt(cursor);
            if (Character.isWhitespace(c)) {
                cursor++;
            } else if (c == '#') {
                while (cursor < src.length() && src.charAt(cursor) != '\n') cursor++;
            } else {
                break;
            }
        }
    }

    private Frag parseAlternation() {
        Frag first = parseSequence();
        if (peek() != '|') return first;
        ArrayList<Frag> alts = new ArrayList<Frag>();
        alts.add(first);
        while (peek() == '|') {
            cursor++;
            alts.add(parseSequence());
        }
        Branch b = new Branch(alts.size());
        BranchConn conn = new BranchConn();
        for (int i = 0; i < alts.size(); i++) {
            Frag f = alts.get(i);
            if (f == null) {
                b.alts[i] = conn;
            } else {
                f.tail.next = conn;
                b.alts[i] = f.head;
            }
        }
        return new Frag(b, conn);
    }

    private Frag parseSequence() {
        Frag seq = null;
        while (true) {
            int c = peek();
            if (c == -1 || c == '|' || c == ')') break;
            Frag atom = parseQuantified();
            if (atom == null) continue;
            if (seq == null) {
                seq = atom;
            } else {
                seq.tail.next = atom.head;
                seq.tail = atom.tail;
            }
        }
        return seq;
    }

    /** An atom and its quantifier; null for things that match nothing ((?i), \Q\E). */
    private Frag parseQuantified() {
        int atomStart = cursor;
        Object atom = parseAtom();
        if (atom == null) return null;
        int c = peek();
        int min, max;
        if (c == '*') {
            min = 0;
            max = Integer.MAX_VALUE;
            cursor++;
        } else if (c == '+') {
            min = 1;
            max = Integer.MAX_VALUE;
            cursor++;
        } else if (c == '?') {
            min = 0;
            max = 1;
            cursor++;
        } else if (c == '{' && cursor + 1 < src.length() && Character.isDigit(src.charAt(cursor + 1))) {
            int start = cursor;
            cursor++;
            min = parseInt();
            max = min;
            if (cursor < src.length() && src.charAt(cursor) == ',') {
                cursor++;
                if (cursor < src.length() && src.charAt(cursor) == '}') max = Integer.MAX_VALUE;
                else max = parseInt();
            }
            if (cursor >= src.length() || src.charAt(cursor) != '}') throw error("Unclosed counted closure", cursor);
            cursor++;
            if (max < min) throw error("Illegal repetition range", cursor - 1);
        } else {
            return toFrag(atom);
        }
        int type = 0; // greedy
        if (cursor < src.length() && src.charAt(cursor) == '?') {
            type = 1;
            cursor++;
        } else if (cursor < src.length() && src.charAt(cursor) == '+') {
            type = 2;
            cursor++;
        }
        if (atom instanceof CharPred) {
            Curly q = new Curly((CharPred) atom, min, max, type);
            return new Frag(q, q);
        }
        Frag f = (Frag) atom;
        if (f.head instanceof Boundary) throw error("Dangling meta character '" + src.charAt(cursor - 1) + "'", cursor - 1);
        Loop loop = new Loop(min, max, type, localCount++, localCount++);
        f.tail.next = loop;
        loop.body = f.head;
        Prolog p = new Prolog(loop);
        return new Frag(p, loop);
    }

    private int parseInt() {
        long v = 0;
        int start = cursor;
        while (cursor < src.length() && Character.isDigit(src.charAt(cursor))) {
            v = v * 10 + (src.charAt(cursor) - '0');
            if (v > Integer.MAX_VALUE) throw error("Illegal repetition range", start);
            cursor++;
        }
        return (int) v;
    }

    private Frag toFrag(Object atom) {
        if (atom instanceof Frag) return (Frag) atom;
        Node n = (Node) atom;
        return new Frag(n, n);
    }

    /** A CharPred (one char), a Frag, or null. */
    private Object parseAtom() {
        int c = peek();
        switch (c) {
        case '(':
            return parseGroup();
        case '[':
            cursor++;
            return parseClass();
        case '.':
            cursor++;
            return new Dot(has(DOTALL), has(UNIX_LINES));
        case '^':
            cursor++;
            return frag1(new Caret(has(MULTILINE)));
        case '$':
            cursor++;
            return frag1(new Dollar(has(MULTILINE)));
        case '\\':
            cursor++;
            return parseEscape(false);
        case '*':
        case '+':
        case '?':
            throw error("Dangling meta character '" + (char) c + "'", cursor);
        case '{':
            if (cursor + 1 < src.length() && Character.isDigit(src.charAt(cursor + 1)))
                throw error("Dangling meta character '{'", cursor);
            cursor++;
            return single('{');
        default:
            cursor++;
            if (Character.isHighSurrogate((char) c) && cursor < src.length() && Character.isLowSurrogate(src.charAt(cursor))) {
                String lit = src.substring(cursor - 1, cursor + 1);
                cursor++;
                return frag1(new Slice(lit, has(CASE_INSENSITIVE)));
            }
            return single((char) c);
        }
    }

    private Frag frag1(Node n) {
        return new Frag(n, n);
    }

    private CharPred single(int c) {
        if (has(CASE_INSENSITIVE)) return new SingleI(c);
        return new Single(c);
    }

    private Object parseGroup() {
        int start = cursor;
        cursor++; // (
        int savedFlags = flags;
        Node head;
        Node tail;
        if (cursor < src.length() && src.charAt(cursor) == '?') {
            cursor++;
            char k = cursor < src.length() ? src.charAt(cursor) : '\0';
            if (k == ':') {
                cursor++;
                Frag e = parseAlternation();
                expectClose(start);
                flags = savedFlags;
                return e == null ? frag1(new Empty()) : e;
            }
            if (k == '=' || k == '!') {
                cursor++;
                Frag e = parseAlternation();
                expectClose(start);
                flags = savedFlags;
                Node cond = closeLook(e);
                Look n = new Look(cond, k == '=');
                return frag1(n);
            }
            if (k == '<' && cursor + 1 < src.length() && (src.charAt(cursor + 1) == '=' || src.charAt(cursor + 1) == '!')) {
                boolean positive = src.charAt(cursor + 1) == '=';
                cursor += 2;
                int bodyStart = cursor;
                Frag e = parseAlternation();
                expectClose(start);
                flags = savedFlags;
                int len = fixedLength(e == null ? null : e.head, e == null ? null : e.tail);
                if (len < 0) throw error("Look-behind group does not have an obvious maximum length", bodyStart);
                Node cond = closeLook(e);
                return frag1(new LookBehind(cond, len, positive));
            }
            if (k == '<') {
                cursor++;
                int nameStart = cursor;
                while (cursor < src.length() && Character.isLetterOrDigit(src.charAt(cursor))) cursor++;
                if (cursor >= src.length() || src.charAt(cursor) != '>' || cursor == nameStart)
                    throw error("named capturing group is missing trailing '>'", cursor);
                String name = src.substring(nameStart, cursor);
                if (groupNames.contains(name)) throw error("Named capturing group <" + name + "> is already defined", cursor);
                cursor++;
                return capture(start, savedFlags, name);
            }
            if (k == '>') {
                /* atomic group: matched as an ordinary non-capturing group */
                cursor++;
                Frag e = parseAlternation();
                expectClose(start);
                flags = savedFlags;
                return e == null ? frag1(new Empty()) : e;
            }
            /* inline flags: (?imsx-imsx) or (?imsx-imsx:X) */
            boolean on = true;
            while (cursor < src.length()) {
                char f = src.charAt(cursor);
                int bit;
                if (f == 'i') bit = CASE_INSENSITIVE;
                else if (f == 'm') bit = MULTILINE;
                else if (f == 's') bit = DOTALL;
                else if (f == 'x') bit = COMMENTS;
                else if (f == 'u') bit = UNICODE_CASE;
                else if (f == 'd') bit = UNIX_LINES;
                else if (f == 'U') bit = UNICODE_CHARACTER_CLASS;
                else if (f == '-') {
                    on = false;
                    cursor++;
                    continue;
                } else break;
                if (on) flags |= bit;
                else flags &= ~bit;
                cursor++;
            }
            if (cursor < src.length() && src.charAt(cursor) == ')') {
                cursor++;
                return null; /* flags stay on for the rest of the enclosing group */
            }
            if (cursor < src.length() && src.charAt(cursor) == ':') {
                cursor++;
                Frag e = parseAlternation();
                expectClose(start);
                flags = savedFlags;
                return e == null ? frag1(new Empty()) : e;
            }
            throw error("Unknown inline modifier", cursor);
        }
        return capture(start, savedFlags, null);
    }

    private Object capture(int start, int savedFlags, String name) {
        int g = ++groupCount;
        groupNames.add(name);
        GroupHead head = new GroupHead(localCount++);
        GroupTail tail = new GroupTail(head.localIndex, g);
        Frag e = parseAlternation();
        expectClose(start);
        flags = savedFlags;
        if (e == null) {
            head.next = tail;
        } else {
            head.next = e.head;
            e.tail.next = tail;
        }
        return new Frag(head, tail);
    }

    private void expectClose(int start) {
        if (peek() != ')') throw error("Unclosed group", src.length());
        cursor++;
    }

    private Node closeLook(Frag e) {
        LookEnd end = new LookEnd();
        if (e == null) return end;
        e.tail.next = end;
        return e.head;
    }

    /** The number of chars the chain head..tail always matches, or -1 if it varies. */
    private static int fixedLength(Node head, Node tail) {
        int len = 0;
        Node n = head;
        while (n != null) {
            if (n instanceof CharPred) len++;
            else if (n instanceof Slice) len += ((Slice) n).lit.length();
            else if (n instanceof Curly) {
                Curly c = (Curly) n;
                if (c.min != c.max) return -1;
                len += c.min;
            } else if (n instanceof GroupHead || n instanceof GroupTail || n instanceof Boundary || n instanceof Look || n instanceof Empty) {
                /* zero width */
            } else {
                return -1;
            }
            if (n == tail) break;
            n = n.next;
        }
        return len;
    }

    /* ---- escapes ---- */

    /** After a backslash: a CharPred, a Frag (boundaries, back references, \Q), or null. */
    private Object parseEscape(boolean inClass) {
        if (cursor >= src.length()) throw error("Unexpected internal error", cursor);
        char c = src.charAt(cursor++);
        switch (c) {
        case 'd': return ctype(CT_DIGIT, false);
        case 'D': return ctype(CT_DIGIT, true);
        case 's': return ctype(CT_SPACE, false);
        case 'S': return ctype(CT_SPACE, true);
        case 'w': return ctype(CT_WORD, false);
        case 'W': return ctype(CT_WORD, true);
        case 'h': return ctype(CT_HSPACE, false);
        case 'H': return ctype(CT_HSPACE, true);
        case 'p':
        case 'P':
            return property(c == 'P');
        case 't': return single('\t');
        case 'n': return single('\n');
        case 'r': return single('\r');
        case 'f': return single('\f');
        case 'a': return single('\u0007');
        case 'e': return single('\u001b');
        case '0': {
            int v = 0, n = 0;
            while (n < 3 && cursor < src.length() && src.charAt(cursor) >= '0' && src.charAt(cursor) <= '7') {
                int nv = v * 8 + (src.charAt(cursor) - '0');
                if (nv > 0377) break;
                v = nv;
                cursor++;
                n++;
            }
            if (n == 0) throw error("Illegal octal escape sequence", cursor);
            return single(v);
        }
        case 'x': {
            if (cursor < src.length() && src.charAt(cursor) == '{') {
                int end = src.indexOf('}', cursor);
                if (end < 0) throw error("Unclosed hexadecimal escape sequence", cursor);
                int v = Integer.parseInt(src.substring(cursor + 1, end), 16);
                cursor = end + 1;
                return codePointAtom(v);
            }
            int v = hex(2);
            return single(v);
        }
        case 'u':
            return single(hex(4));
        case 'c':
            if (cursor >= src.length()) throw error("Illegal control escape sequence", cursor);
            return single(src.charAt(cursor++) ^ 64);
        case 'b':
            if (inClass) throw error("Illegal/unsupported escape sequence", cursor - 1);
            return frag1(new WordBoundary(false));
        case 'B':
            if (inClass) throw error("Illegal/unsupported escape sequence", cursor - 1);
            return frag1(new WordBoundary(true));
        case 'A':
        case 'G':
            return frag1(new Begin());
        case 'z':
            return frag1(new End(false));
        case 'Z':
            return frag1(new End(true));
        case 'Q': {
            int end = src.indexOf("\\E", cursor);
            String lit = end < 0 ? src.substring(cursor) : src.substring(cursor, end);
            cursor = end < 0 ? src.length() : end + 2;
            if (lit.isEmpty()) return null;
            if (inClass) throw error("Illegal/unsupported escape sequence", cursor);
            return frag1(new Slice(lit, has(CASE_INSENSITIVE)));
        }
        case 'E':
            return null;
        case 'k': {
            if (cursor >= src.length() || src.charAt(cursor) != '<') throw error("\\k is not followed by '<' for named capturing group", cursor);
            int end = src.indexOf('>', cursor);
            if (end < 0) throw error("named capturing group is missing trailing '>'", cursor);
            String name = src.substring(cursor + 1, end);
            int g = groupNames.indexOf(name) + 1;
            if (g == 0) throw error("named capturing group <" + name + "> does not exist", end);
            cursor = end + 1;
            return frag1(new BackRef(g, has(CASE_INSENSITIVE)));
        }
        default:
            if (c >= '1' && c <= '9' && !inClass) {
                int g = c - '0';
                while (cursor < src.length() && Character.isDigit(src.charAt(cursor))) {
                    int ng = g * 10 + (src.charAt(cursor) - '0');
                    if (ng > groupCount) break;
                    g = ng;
                    cursor++;
                }
                return frag1(new BackRef(g, has(CASE_INSENSITIVE)));
            }
            if (c < 128 && Character.isLetterOrDigit(c)) throw error("Illegal/unsupported escape sequence", cursor - 1);
            return single(c);
        }
    }

    private Object codePointAtom(int cp) {
        if (Character.isBmpCodePoint(cp)) return single(cp);
        return frag1(new Slice(new String(Character.toChars(cp)), has(CASE_INSENSITIVE)));
    }

    private int hex(int n) {
        int v = 0;
        for (int i = 0; i < n; i++) {
            if (cursor >= src.length()) throw error("Illegal hexadecimal escape sequence", cursor);
            int d = Character.digit(src.charAt(cursor), 16);
            if (d < 0) throw error("Illegal hexadecimal escape sequence", cursor);
            v = v * 16 + d;
            cursor++;
        }
        return v;
    }

    static final int CT_DIGIT = 0, CT_SPACE = 1, CT_WORD = 2, CT_HSPACE = 3;

    private CharPred ctype(int kind, boolean negate) {
        return new Ctype(kind, negate, has(UNICODE_CHARACTER_CLASS));
    }

    private CharPred property(boolean negate) {
        String name;
        if (cursor < src.length() && src.charAt(cursor) == '{') {
            int end = src.indexOf('}', cursor);
            if (end < 0) throw error("Unclosed character family", cursor);
            name = src.substring(cursor + 1, end);
            cursor = end + 1;
        } else {
            if (cursor >= src.length()) throw error("Illegal character family", cursor);
            name = src.substring(cursor, cursor + 1);
            cursor++;
        }
        if (name.startsWith("^")) {
            negate = !negate;
            name = name.substring(1);
        }
        int id = Prop.lookup(name);
        if (id < 0) throw error("Unknown character property name {" + name + "}", cursor - 1);
        return new Prop(id, negate);
    }

    /* ---- character classes ---- */

    /** After '[': the class up to and including its ']'. */
    private CharPred parseClass() {
        boolean negate = false;
        if (cursor < src.length() && src.charAt(cursor) == '^') {
            negate = true;
            cursor++;
        }
        CharPred p = parseClassItems(true);
        return negate ? new Not(p) : p;
    }

    /** Class items up to and including ']'; "&&" intersects what precedes with the rest. */
    private CharPred parseClassItems(boolean firstIsLiteral) {
        CharClass cc = new CharClass(has(CASE_INSENSITIVE));
        boolean first = firstIsLiteral;
        while (true) {
            if (cursor >= src.length()) throw error("Unclosed character class", src.length() - 1);
            char c = src.charAt(cursor);
            if (c == ']' && !first) {
                cursor++;
                return cc;
            }
            first = false;
            if (c == '[') {
                cursor++;
                cc.addPred(parseClass());
                continue;
            }
            if (c == '&' && cursor + 1 < src.length() && src.charAt(cursor + 1) == '&') {
                cursor += 2;
                CharPred right = parseClassItems(false);
                return new And(cc, right);
            }
            if (has(COMMENTS) && Character.isWhitespace(c)) {
                cursor++;
                continue;
            }
            int lo = classChar();
            if (lo < 0) {
                cc.addPred(lastClassPred);
                continue;
            }
            /* a range lo-hi (a '-' before ']' or '[' is literal) */
            if (cursor + 1 == src.length() && src.charAt(cursor) == '-') throw error("Illegal character range", cursor + 1);
            if (cursor + 1 < src.length() && src.charAt(cursor) == '-' && src.charAt(cursor + 1) != ']'
                    && src.charAt(cursor + 1) != '[') {
                cursor++;
                int hi = classChar();
                if (hi < 0) throw error("Illegal character range", cursor - 1);
                if (hi < lo) throw error("Illegal character range", cursor - 1);
                cc.addRange(lo, hi);
            } else {
                cc.addRange(lo, lo);
            }
        }
    }

    private CharPred lastClassPred;

    /** One char of a class (escapes decoded); -1 if it was a predicate (\d, \p{..}),
     *  left in lastClassPred. */
    private int classChar() {
        char c = src.charAt(cursor);
        if (c != '\\') {
            cursor++;
            if (Character.isHighSurrogate(c) && cursor < src.length() && Character.isLowSurrogate(src.charAt(cursor)))
                return Character.toCodePoint(c, src.charAt(cursor++));
            return c;
        }
        cursor++;
        Object e = parseEscape(true);
        if (e instanceof Single) return ((Single) e).c;
        if (e instanceof SingleI) return ((SingleI) e).c;
        if (e instanceof CharPred) {
            lastClassPred = (CharPred) e;
            return -1;
        }
        if (e == null) {
            /* \Q\E or \E: contributes nothing; match an impossible char */
            lastClassPred = new Not(new Dot(true, false));
            return -1;
        }
        throw error("Illegal/unsupported escape sequence", cursor - 1);
    }

    /* ================================================================== */
    /* nodes                                                              */
    /* ================================================================== */

    abstract static class Node {
        Node next;

        /** Does the rest of the pattern match s at i? */
        abstract boolean match(Matcher m, int i, CharSequence s);
    }

    /** The end of the pattern: records where the match ended. */
    static final class Accept extends Node {
        boolean match(Matcher m, int i, CharSequence s) {
            if (m.requireEnd && i != m.to) return false;
            m.last = i;
            return true;
        }
    }

    static final class Empty extends Node {
        boolean match(Matcher m, int i, CharSequence s) {
            return next.match(m, i, s);
        }
    }

    /** Matches one char satisfying is(). */
    abstract static class CharPred extends Node {
        abstract boolean is(int ch);

        boolean match(Matcher m, int i, CharSequence s) {
            return i < m.to && is(s.charAt(i)) && next.match(m, i + 1, s);
        }
    }

    static final class Single extends CharPred {
        final int c;

        Single(int c) {
            this.c = c;
        }

        boolean is(int ch) {
            return ch == c;
        }
    }

    static boolean equalsIgnoreCase(int a, int b) {
        if (a == b) return true;
        int ua = Character.toUpperCase(a), ub = Character.toUpperCase(b);
        return ua == ub || Character.toLowerCase(ua) == Character.toLowerCase(ub);
    }

    static final class SingleI extends CharPred {
        final int c;

        SingleI(int c) {
            this.c = c;
        }

        boolean is(int ch) {
            return equalsIgnoreCase(ch, c);
        }
    }

    static boolean isLineTerminator(int ch, boolean unixLines) {
        if (unixLines) return ch == '\n';
        return ch == '\n' || ch == '\r' || ch == '\u0085' || ch == '\u2028' || ch == '\u2029';
    }

    static final class Dot extends CharPred {
        final boolean all, unixLines;

        Dot(boolean all, boolean unixLines) {
            this.all = all;
            this.unixLines = unixLines;
        }

        boolean is(int ch) {
            return all || !isLineTerminator(ch, unixLines);
        }
    }

    static final class Ctype extends CharPred {
        final int kind;
        final boolean negate, unicode;

        Ctype(int kind, boolean negate, boolean unicode) {
            this.kind = kind;
            this.negate = negate;
            this.unicode = unicode;
        }

        boolean is(int ch) {
            boolean r;
            switch (kind) {
            case CT_DIGIT:
                r = unicode ? Character.isDigit(ch) : (ch >= '0' && ch <= '9');
                break;
            case CT_SPACE:
                r = unicode ? Character.isWhitespace(ch) : (ch == ' ' || (ch >= '\t' && ch <= '\r'));
                break;
            case CT_WORD:
                r = unicode ? (Character.isLetterOrDigit(ch) || ch == '_')
                        : ((ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9') || ch == '_');
                break;
            default: /* CT_HSPACE */
                r = ch == ' ' || ch == '\t' || ch == 0xA0 || ch == 0x1680 || ch == 0x180e || (ch >= 0x2000 && ch <= 0x200a)
                        || ch == 0x202f || ch == 0x205f || ch == 0x3000;
            }
            return r != negate;
        }
    }

    /** \p{...} properties: POSIX (ASCII), java.lang.Character methods, Unicode categories. */
    static final class Prop extends CharPred {
        static final String[] NAMES = {
            "Lower", "Upper", "ASCII", "Alpha", "Digit", "Alnum", "Punct", "Graph", "Print", "Blank", "Cntrl", "XDigit", "Space",
            "javaLowerCase", "javaUpperCase", "javaWhitespace", "javaLetter", "javaDigit", "javaLetterOrDigit", "javaAlphabetic",
            "javaSpaceChar", "javaTitleCase", "javaIdentifierIgnorable", "javaISOControl",
            "IsAlphabetic", "IsLetter", "IsDigit", "IsUppercase", "IsLowercase", "IsWhite_Space", "IsWhiteSpace", "IsPunctuation",
            "IsControl", "IsLetterOrDigit",
            "L", "Lu", "Ll", "Lt", "Lm", "Lo", "M", "Mn", "Me", "Mc", "N", "Nd", "Nl", "No", "Z", "Zs", "Zl", "Zp",
            "C", "Cc", "Cf", "Co", "Cs", "Cn", "P", "Pd", "Ps", "Pe", "Pc", "Po", "S", "Sm", "Sc", "Sk", "So", "Pi", "Pf",
            "LC", "IsL", "IsLu", "IsLl", "IsN", "IsNd", "IsP", "IsS", "IsZ"
        };
        final int id;
        final boolean negate;

        Prop(int id, boolean negate) {
            this.id = id;
            this.negate = negate;
        }

        static int lookup(String name) {
            for (int i = 0; i < NAMES.length; i++)
                if (NAMES[i].equals(name)) return i;
            if (name.startsWith("Is") || name.startsWith("is")) {
                String n = name.substring(2);
                for (int i = 0; i < NAMES.length; i++)
                    if (NAMES[i].equalsIgnoreCase(n) || NAMES[i].equalsIgnoreCase("Is" + n)) return i;
            }
            return -1;
        }

        private static boolean cat(int ch, String cats) {
            int t = Character.getType(ch);
            return cats.indexOf((char) ('A' + t)) >= 0;
        }

        boolean is(int ch) {
            return test(ch) != negate;
        }

        private boolean test(int ch) {
            String n = NAMES[id];
            switch (n) {
            case "Lower": return ch >= 'a' && ch <= 'z';
            case "Upper": return ch >= 'A' && ch <= 'Z';
            case "ASCII": return ch < 0x80;
            case "Alpha": return (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z');
            case "Digit": return ch >= '0' && ch <= '9';
            case "Alnum": return (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9');
            case "Punct": return ch < 0x80 && "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~".indexOf(ch) >= 0;
            case "Graph": return ch > 0x20 && ch < 0x7f;
            case "Print": return ch >= 0x20 && ch < 0x7f;
            case "Blank": return ch == ' ' || ch == '\t';
            case "Cntrl": return ch < 0x20 || ch == 0x7f;
            case "XDigit": return (ch >= '0' && ch <= '9') || (ch >= 'a' && ch <= 'f') || (ch >= 'A' && ch <= 'F');
            case "Space": return ch == ' ' || (ch >= '\t' && ch <= '\r');
            case "javaLowerCase": return Character.isLowerCase(ch);
            case "javaUpperCase": return Character.isUpperCase(ch);
            case "javaWhitespace": return Character.isWhitespace(ch);
            case "javaLetter": return Character.isLetter(ch);
            case "javaDigit": return Character.isDigit(ch);
            case "javaLetterOrDigit": return Character.isLetterOrDigit(ch);
            case "javaAlphabetic": return Character.isAlphabetic(ch);
            case "javaSpaceChar": return Character.isSpaceChar(ch);
            case "javaTitleCase": return Character.isTitleCase(ch);
            case "javaIdentifierIgnorable": return Character.isIdentifierIgnorable(ch);
            case "javaISOControl": return Character.isISOControl(ch);
            case "IsAlphabetic": return Character.isAlphabetic(ch);
            case "IsLetter": return Character.isLetter(ch);
            case "IsDigit": return Character.isDigit(ch);
            case "IsUppercase": return Character.isUpperCase(ch);
            case "IsLowercase": return Character.isLowerCase(ch);
            case "IsWhite_Space":
            case "IsWhiteSpace": return (ch >= '\t' && ch <= '\r') || ch == 0x85 || Character.isSpaceChar(ch);
            case "IsPunctuation": return cat(ch, "UVWXY^_");
            case "IsControl": return Character.getType(ch) == Character.CONTROL;
            case "IsLetterOrDigit": return Character.isLetterOrDigit(ch);
            default: break;
            }
            String c = n.startsWith("Is") ? n.substring(2) : n;
            /* general categories, by the letter 'A' + Character.getType */
            switch (c) {
            case "L": return cat(ch, "BCDEF");
            case "LC": return cat(ch, "BCD");
            case "Lu": return cat(ch, "B");
            case "Ll": return cat(ch, "C");
            case "Lt": return cat(ch, "D");
            case "Lm": return cat(ch, "E");
            case "Lo": return cat(ch, "F");
            case "M": return cat(ch, "GHI");
            case "Mn": return cat(ch, "G");
            case "Me": return cat(ch, "H");
            case "Mc": return cat(ch, "I");
            case "N": return cat(ch, "JKL");
            case "Nd": return cat(ch, "J");
            case "Nl": return cat(ch, "K");
            case "No": return cat(ch, "L");
            case "Z": return cat(ch, "MNO");
            case "Zs": return cat(ch, "M");
            case "Zl": return cat(ch, "N");
            case "Zp": return cat(ch, "O");
            case "C": return cat(ch, "APQST");
            case "Cc": return cat(ch, "P");
            case "Cf": return cat(ch, "Q");
            case "Co": return cat(ch, "S");
            case "Cs": return cat(ch, "T");
            case "Cn": return cat(ch, "A");
            case "P": return cat(ch, "UVWXY^_");
            case "Pd": return cat(ch, "U");
            case "Ps": return cat(ch, "V");
            case "Pe": return cat(ch, "W");
            case "Pc": return cat(ch, "X");
            case "Po": return cat(ch, "Y");
            case "Pi": return cat(ch, "^");
            case "Pf": return cat(ch, "_");
            case "S": return cat(ch, "Z[\\]");
            case "Sm": return cat(ch, "Z");
            case "Sc": return cat(ch, "[");
            case "Sk": return cat(ch, "\\");
            case "So": return cat(ch, "]");
            default: return false;
            }
        }
    }

    /** [...]: ranges and nested predicates, maybe negated. */
    static final class CharClass extends CharPred {
        int[] ranges = new int[8];
        int nranges;
        ArrayList<CharPred> preds;
        boolean negated;
        final boolean ci;

        CharClass(boolean ci) {
            this.ci = ci;
        }

        void addRange(int lo, int hi) {
            if (nranges + 2 > ranges.length) {
                int[] r = new int[ranges.length * 2];
                System.arraycopy(ranges, 0, r, 0, nranges);
                ranges = r;
            }
            ranges[nranges++] = lo;
            ranges[nranges++] = hi;
        }

        void addPred(CharPred p) {
            if (preds == null) preds = new ArrayList<CharPred>();
            preds.add(p);
        }

        private boolean inRanges(int ch) {
            for (int i = 0; i < nranges; i += 2)
                if (ch >= ranges[i] && ch <= ranges[i + 1]) return true;
            return false;
        }

        boolean is(int ch) {
            boolean r = inRanges(ch);
            if (!r && ci) r = inRanges(Character.toUpperCase(ch)) || inRanges(Character.toLowerCase(ch));
            if (!r && preds != null)
                for (int i = 0; i < preds.size() && !r; i++) r = preds.get(i).is(ch);
            return r != negated;
        }
    }

    static final class Not extends CharPred {
        final CharPred p;

        Not(CharPred p) {
            this.p = p;
        }

        boolean is(int ch) {
            return !p.is(ch);
        }
    }

    static final class And extends CharPred {
        final CharPred a, b;

        And(CharPred a, CharPred b) {
            this.a = a;
            this.b = b;
        }

        boolean is(int ch) {
            return a.is(ch) && b.is(ch);
        }
    }

    /** A literal string. */
    static final class Slice extends Node {
        final String lit;
        final boolean ci;

        Slice(String lit, boolean ci) {
            this.lit = lit;
            this.ci = ci;
        }

        boolean match(Matcher m, int i, CharSequence s) {
            int n = lit.length();
            if (i + n > m.to) return false;
            for (int k = 0; k < n; k++) {
                char a = s.charAt(i + k), b = lit.charAt(k);
                if (a != b && !(ci && equalsIgnoreCase(a, b))) return false;
            }
            return next.match(m, i + n, s);
        }
    }

    /** Zero-width assertions. */
    abstract static class Boundary extends Node {
        abstract boolean at(Matcher m, int i, CharSequence s);

        boolean match(Matcher m, int i, CharSequence s) {
            return at(m, i, s) && next.match(m, i, s);
        }
    }

    static final class Begin extends Boundary {
        boolean at(Matcher m, int i, CharSequence s) {
            return i == m.from;
        }
    }

    static final class Caret extends Boundary {
        final boolean multiline;

        Caret(boolean multiline) {
            this.multiline = multiline;
        }

        boolean at(Matcher m, int i, CharSequence s) {
            if (i == m.from) return true;
            if (!multiline) return false;
            if (i >= m.to) return false;
            char p = s.charAt(i - 1);
            if (p == '\r' && s.charAt(i) == '\n') return false;
            return isLineTerminator(p, false);
        }
    }

    static final class Dollar extends Boundary {
        final boolean multiline;

        Dollar(boolean multiline) {
            this.multiline = multiline;
        }

        boolean at(Matcher m, int i, CharSequence s) {
            int end = m.to;
            if (multiline) {
                if (i == end) return true;
                char c = s.charAt(i);
                if (c == '\n' && i > m.from && s.charAt(i - 1) == '\r') return false;
                return isLineTerminator(c, false);
            }
            if (i == end) return true;
            if (i == end - 1) {
                char c = s.charAt(i);
                if (c == '\n' && i > m.from && s.charAt(i - 1) == '\r') return false;
                return isLineTerminator(c, false);
            }
            if (i == end - 2) return s.charAt(i) == '\r' && s.charAt(i + 1) == '\n';
            return false;
        }
    }

    static final class End extends Boundary {
        final boolean beforeFinalTerminator;

        End(boolean beforeFinalTerminator) {
            this.beforeFinalTerminator = beforeFinalTerminator;
        }

        boolean at(Matcher m, int i, CharSequence s) {
            if (i == m.to) return true;
            if (!beforeFinalTerminator) return false;
            if (i == m.to - 1) return isLineTerminator(s.charAt(i), false);
            return i == m.to - 2 && s.charAt(i) == '\r' && s.charAt(i + 1) == '\n';
        }
    }

    static final class WordBoundary extends Boundary {
        final boolean negate;

        WordBoundary(boolean negate) {
            this.negate = negate;
        }

        private static boolean word(int ch) {
            return Character.isLetterOrDigit(ch) || ch == '_';
        }

        boolean at(Matcher m, int i, CharSequence s) {
            boolean left = i > m.from && word(s.charAt(i - 1));
            boolean right = i < m.to && word(s.charAt(i));
            return (left != right) != negate;
        }
    }

    static final class GroupHead extends Node {
        final int localIndex;

        GroupHead(int localIndex) {
            this.localIndex = localIndex;
        }

        boolean match(Matcher m, int i, CharSequence s) {
            int save = m.locals[localIndex];
            m.locals[localIndex] = i;
            boolean r = next.match(m, i, s);
            m.locals[localIndex] = save;
            return r;
        }
    }

    static final class GroupTail extends Node {
        final int localIndex, groupIndex;

        GroupTail(int localIndex, int group) {
            this.localIndex = localIndex;
            this.groupIndex = 2 * group;
        }

        boolean match(Matcher m, int i, CharSequence s) {
            int tmp = m.locals[localIndex];
            if (tmp < 0) return next.match(m, i, s);
            int saveStart = m.groups[groupIndex], saveEnd = m.groups[groupIndex + 1];
            m.groups[groupIndex] = tmp;
            m.groups[groupIndex + 1] = i;
            if (next.match(m, i, s)) return true;
            m.groups[groupIndex] = saveStart;
            m.groups[groupIndex + 1] = saveEnd;
            return false;
        }
    }

    static final class BackRef extends Node {
        final int group;
        final boolean ci;

        BackRef(int group, boolean ci) {
            this.group = group;
            this.ci = ci;
        }

        boolean match(Matcher m, int i, CharSequence s) {
            if (2 * group + 1 >= m.groups.length) return false;
            int j = m.groups[2 * group], k = m.groups[2 * group + 1];
            if (j < 0) return false;
            int n = k - j;
            if (i + n > m.to) return false;
            for (int x = 0; x < n; x++) {
                char a = s.charAt(i + x), b = s.charAt(j + x);
                if (a != b && !(ci && equalsIgnoreCase(a, b))) return false;
            }
            return next.match(m, i + n, s);
        }
    }

    static final class Branch extends Node {
        final Node[] alts;

        Branch(int n) {
            alts = new Node[n];
        }

        boolean match(Matcher m, int i, CharSequence s) {
            for (int k = 0; k < alts.length; k++)
                if (alts[k].match(m, i, s)) return true;
            return false;
        }
    }

    static final class BranchConn extends Node {
        boolean match(Matcher m, int i, CharSequence s) {
            return next.match(m, i, s);
        }
    }

    /** A quantified single-char predicate: type 0 greedy, 1 lazy, 2 possessive. */
    static final class Curly extends Node {
        final CharPred atom;
        final int min, max, type;

        Curly(CharPred atom, int min, int max, int type) {
            this.atom = atom;
            this.min = min;
            this.max = max;
            this.type = type;
        }

        boolean match(Matcher m, int i, CharSequence s) {
            int j = i, to = m.to;
            int n = 0;
            while (n < min) {
                if (j >= to || !atom.is(s.charAt(j))) return false;
                j++;
                n++;
            }
            if (type == 1) {
                while (true) {
                    if (next.match(m, j, s)) return true;
                    if (n >= max || j >= to || !atom.is(s.charAt(j))) return false;
                    j++;
                    n++;
                }
            }
            int start = j;
            while (n < max && j < to && atom.is(s.charAt(j))) {
                j++;
                n++;
            }
            if (type == 2) return next.match(m, j, s);
            while (j >= start) {
                if (next.match(m, j, s)) return true;
                j--;
            }
            return false;
        }
    }

    /** Enters a Loop: sets up its counter for this entry. */
    static final class Prolog extends Node {
        final Loop loop;

        Prolog(Loop loop) {
            this.loop = loop;
        }

        boolean match(Matcher m, int i, CharSequence s) {
            return loop.enter(m, i, s);
        }
    }

    /**
     * A quantified complex atom: body's chain ends at this node, so match() is reached
     * after each iteration. The iteration count and where it started are kept in the
     * Matcher's locals (saved and restored, for nesting and backtracking); an iteration
     * that matched nothing ends the loop.
     */
    static final class Loop extends Node {
        Node body;
        final int min, max, type, countSlot, posSlot;

        Loop(int min, int max, int type, int countSlot, int posSlot) {
            this.min = min;
            this.max = max;
            this.type = type;
            this.countSlot = countSlot;
            this.posSlot = posSlot;
        }

        boolean enter(Matcher m, int i, CharSequence s) {
            int saveCount = m.locals[countSlot], savePos = m.locals[posSlot];
            boolean r;
            if (min > 0) {
                m.locals[countSlot] = 1;
                m.locals[posSlot] = i;
                r = body.match(m, i, s);
            } else if (type != 1) {
                r = false;
                if (max > 0) {
                    m.locals[countSlot] = 1;
                    m.locals[posSlot] = i;
                    r = body.match(m, i, s);
                }
                if (!r) r = next.match(m, i, s);
            } else {
                r = next.match(m, i, s);
                if (!r && max > 0) {
                    m.locals[countSlot] = 1;
                    m.locals[posSlot] = i;
                    r = body.match(m, i, s);
                }
            }
            m.locals[countSlot] = saveCount;
            m.locals[posSlot] = savePos;
            return r;
        }

        boolean match(Matcher m, int i, CharSequence s) {
            int count = m.locals[countSlot], start = m.locals[posSlot];
            if (count < min) {
                m.locals[countSlot] = count + 1;
                m.locals[posSlot] = i;
                boolean r = body.match(m, i, s);
                m.locals[countSlot] = count;
                m.locals[posSlot] = start;
                return r;
            }
            boolean progress = i != start;
            if (type != 1) {
                if (count < max && progress) {
                    m.locals[countSlot] = count + 1;
                    m.locals[posSlot] = i;
                    boolean r = body.match(m, i, s);
                    m.locals[countSlot] = count;
                    m.locals[posSlot] = start;
                    if (r) return true;
                }
                return next.match(m, i, s);
            }
            if (next.match(m, i, s)) return true;
            if (count < max && progress) {
                m.locals[countSlot] = count + 1;
                m.locals[posSlot] = i;
                boolean r = body.match(m, i, s);
                m.locals[countSlot] = count;
                m.locals[posSlot] = start;
                return r;
            }
            return false;
        }
    }

    /** The end of a lookaround's body. */
    static final class LookEnd extends Node {
        boolean match(Matcher m, int i, CharSequence s) {
            return true;
        }
    }

    static final class Look extends Node {
        final Node cond;
        final boolean positive;

        Look(Node cond, boolean positive) {
            this.cond = cond;
            this.positive = positive;
        }

        boolean match(Matcher m, int i, CharSequence s) {
            int saveTo = m.to;
            boolean requireEnd = m.requireEnd;
            m.requireEnd = false;
            if (m.transparentBounds) m.to = m.textLength();
            boolean r = cond.match(m, i, s);
            m.to = saveTo;
            m.requireEnd = requireEnd;
            return r == positive && next.match(m, i, s);
        }
    }

    /** (?<=x) and (?<!x) with x of fixed length len. */
    static final class LookBehind extends Node {
        final Node cond;
        final int len;
        final boolean positive;

        LookBehind(Node cond, int len, boolean positive) {
            this.cond = cond;
            this.len = len;
            this.positive = positive;
        }

        boolean match(Matcher m, int i, CharSequence s) {
            int from = i - len;
            boolean r = false;
            if (from >= m.from) {
                int saveTo = m.to;
                boolean requireEnd = m.requireEnd;
                m.to = i;
                m.requireEnd = false;
                r = cond.match(m, from, s);
                m.to = saveTo;
                m.requireEnd = requireEnd;
            }
            return r == positive && next.match(m, i, s);
        }
    }
}
