// json: generate a JSON document (an array of records with strings, escapes, numbers,
// booleans, null, nested objects and arrays), parse it into a tree of small objects,
// pretty-print the tree, parse that again, write it compactly and compare with the
// original; then query the tree. Measures character scanning, StringBuilder, many small
// objects and virtual calls. Size: records (default 6000).
public class Json {
    static final class ParseError extends RuntimeException {
        ParseError(String message) { super(message); }
    }

    abstract static class Value {
        abstract void write(StringBuilder sb);

        abstract void pretty(StringBuilder sb, int indent);

        abstract long checksum();

        Value get(String key) { return null; }

        long asLong() { return 0; }
    }

    static final class Null extends Value {
        void write(StringBuilder sb) { sb.append("null"); }
        void pretty(StringBuilder sb, int indent) { sb.append("null"); }
        long checksum() { return 7; }
    }

    static final class Bool extends Value {
        final boolean value;
        Bool(boolean value) { this.value = value; }
        void write(StringBuilder sb) { sb.append(value); }
        void pretty(StringBuilder sb, int indent) { sb.append(value); }
        long checksum() { return value ? 11 : 13; }
        long asLong() { return value ? 1 : 0; }
    }

    static final class Num extends Value {
        final boolean negative;
        final long digits; // all the digits, without the point
        final int scale;   // digits after the point

        Num(boolean negative, long digits, int scale) {
            this.negative = negative;
            this.digits = digits;
            this.scale = scale;
        }

        void write(StringBuilder sb) {
            if (negative) sb.append('-');
            if (scale == 0) {
                sb.append(digits);
                return;
            }
            long p = 1;
            for (int i = 0; i < scale; i++) p *= 10;
            sb.append(digits / p).append('.');
            String f = String.valueOf(digits % p);
            for (int i = f.length(); i < scale; i++) sb.append('0');
            sb.append(f);
        }

        void pretty(StringBuilder sb, int indent) { write(sb); }
        long checksum() { return (negative ? -digits : digits) * 31 + scale; }
        long asLong() {
            long p = 1;
            for (int i = 0; i < scale; i++) p *= 10;
            return negative ? -(digits / p) : digits / p;
        }
    }

    static void writeString(StringBuilder sb, String s) {
        sb.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"') sb.append("\\\"");
            else if (c == '\\') sb.append("\\\\");
            else if (c == '\n') sb.append("\\n");
            else if (c == '\t') sb.append("\\t");
            else if (c < 0x20 || c > 0x7e) {
                sb.append("\\u");
                for (int k = 12; k >= 0; k -= 4) sb.append("0123456789abcdef".charAt((c >> k) & 15));
            } else sb.append(c);
        }
        sb.append('"');
    }

    static final class Str extends Value {
        final String value;
        Str(String value) { this.value = value; }
        void write(StringBuilder sb) { writeString(sb, value); }
        void pretty(StringBuilder sb, int indent) { writeString(sb, value); }
        long checksum() { return value.hashCode(); }
        long asLong() { return value.length(); }
    }

    static void newline(StringBuilder sb, int indent) {
        sb.append('\n');
        for (int i = 0; i < indent; i++) sb.append("  ");
    }

    static final class Arr extends Value {
        Value[] items = new Value[4];
        int size;

        void add(Value v) {
            if (size == items.length) {
                Value[] bigger = new Value[size * 2];
                System.arraycopy(items, 0, bigger, 0, size);
                items = bigger;
            }
            items[size++] = v;
        }

        void write(StringBuilder sb) {
            sb.append('[');
            for (int i = 0; i < size; i++) {
                if (i > 0) sb.append(',');
                items[i].write(sb);
            }
            sb.append(']');
        }

        void pretty(StringBuilder sb, int indent) {
            sb.append('[');
            for (int i = 0; i < size; i++) {
                if (i > 0) sb.append(',');
                newline(sb, indent + 1);
                items[i].pretty(sb, indent + 1);
            }
            if (size > 0) newline(sb, indent);
            sb.append(']');
        }

        long checksum() {
            long h = 17;
            for (int i = 0; i < size; i++) h = h * 31 + items[i].checksum();
            return h;
        }
    }

    static final class Obj extends Value {
        String[] keys = new String[4];
        Value[] values = new Value[4];
        int size;

        void put(String key, Value v) {
            if (size == keys.length) {
                String[] k2 = new String[size * 2];
                Value[] v2 = new Value[size * 2];
                System.arraycopy(keys, 0, k2, 0, size);
                System.arraycopy(values, 0, v2, 0, size);
                keys = k2;
                values = v2;
            }
            keys[size] = key;
            values[size] = v;
            size++;
        }

        Value get(String key) {
            for (int i = 0; i < size; i++) {
                if (keys[i].equals(key)) return values[i];
            }
            return null;
        }

        void write(StringBuilder sb) {
            sb.append('{');
            for (int i = 0; i < size; i++) {
                if (i > 0) sb.append(',');
                writeString(sb, keys[i]);
                sb.append(':');
                values[i].write(sb);
            }
            sb.append('}');
        }

        void pretty(StringBuilder sb, int indent) {
            sb.append('{');
            for (int i = 0; i < size; i++) {
                if (i > 0) sb.append(',');
                newline(sb, indent + 1);
                writeString(sb, keys[i]);
                sb.append(": ");
                values[i].pretty(sb, indent + 1);
            }
            if (size > 0) newline(sb, indent);
            sb.append('}');
        }

        long checksum() {
            long h = 19;
            for (int i = 0; i < size; i++) h = h * 31 + keys[i].hashCode() * 7L + values[i].checksum();
            return h;
        }
    }

    static final class Parser {
        final String text;
        int pos;

        Parser(String text) { this.text = text; }

        ParseError error(String what) {
            return new ParseError(what + " at " + pos);
        }

        void skipSpace() {
            while (pos < text.length()) {
                char c = text.charAt(pos);
                if (c != ' ' && c != '\n' && c != '\t' && c != '\r') break;
                pos++;
            }
        }

        char peek() {
            if (pos >= text.length()) throw error("unexpected end");
            return text.charAt(pos);
        }

        void expect(char c) {
            if (peek() != c) throw error("'" + c + "' expected");
            pos++;
        }

        void word(String w) {
            for (int i = 0; i < w.length(); i++) expect(w.charAt(i));
        }

        Value parseDocument() {
            Value v = parseValue();
            skipSpace();
            if (pos != text.length()) throw error("trailing text");
            return v;
        }

        Value parseValue() {
            skipSpace();
            char c = peek();
            if (c == '{') return parseObject();
            if (c == '[') return parseArray();
            if (c == '"') return new Str(parseString());
            if (c == 't') {
                word("true");
                return new Bool(true);
            }
            if (c == 'f') {
                word("false");
                return new Bool(false);
            }
            if (c == 'n') {
                word("null");
                return new Null();
            }
            if (c == '-' || (c >= '0' && c <= '9')) return parseNumber();
            throw error("value expected");
        }

        Value parseObject() {
            expect('{');
            Obj o = new Obj();
            skipSpace();
            if (peek() == '}') {
                pos++;
                return o;
            }
            while (true) {
                skipSpace();
                String key = parseString();
                skipSpace();
                expect(':');
                o.put(key, parseValue());
                skipSpace();
                if (peek() == ',') {
                    pos++;
                    continue;
                }
                expect('}');
                return o;
            }
        }

        Value parseArray() {
            expect('[');
            Arr a = new Arr();
            skipSpace();
            if (peek() == ']') {
                pos++;
                return a;
            }
            while (true) {
                a.add(parseValue());
                skipSpace();
                if (peek() == ',') {
                    pos++;
                    continue;
                }
                expect(']');
                return a;
            }
        }

        int hexDigit() {
            char c = peek();
            pos++;
            if (c >= '0' && c <= '9') return c - '0';
            if (c >= 'a' && c <= 'f') return c - 'a' + 10;
            if (c >= 'A' && c <= 'F') return c - 'A' + 10;
            throw error("hex digit expected");
        }

        String parseString() {
            expect('"');
            StringBuilder sb = new StringBuilder();
            while (true) {
                char c = peek();
                pos++;
                if (c == '"') return sb.toString();
                if (c != '\\') {
                    sb.append(c);
                    continue;
                }
                char e = peek();
                pos++;
                if (e == 'n') sb.append('\n');
                else if (e == 't') sb.append('\t');
                else if (e == '"' || e == '\\' || e == '/') sb.append(e);
                else if (e == 'u') {
                    int v = 0;
                    for (int i = 0; i < 4; i++) v = v * 16 + hexDigit();
                    sb.append((char) v);
                } else throw error("bad escape");
            }
        }

        Value parseNumber() {
            boolean negative = false;
            if (peek() == '-') {
                negative = true;
                pos++;
            }
            long digits = 0;
            int scale = 0, count = 0;
            while (pos < text.length() && text.charAt(pos) >= '0' && text.charAt(pos) <= '9') {
                digits = digits * 10 + (text.charAt(pos) - '0');
                pos++;
                count++;
            }
            if (count == 0) throw error("digit expected");
            if (pos < text.length() && text.charAt(pos) == '.') {
                pos++;
                while (pos < text.length() && text.charAt(pos) >= '0' && text.charAt(pos) <= '9') {
                    digits = digits * 10 + (text.charAt(pos) - '0');
                    pos++;
                    scale++;
                }
                if (scale == 0) throw error("digit expected");
            }
            return new Num(negative, digits, scale);
        }
    }

    static int seed = 42;

    static int next(int bound) {
        seed = seed * 1664525 + 1013904223;
        return (seed >>> 8) % bound;
    }

    static final String[] WORDS = {"alpha", "beta", "gamma", "delta", "caf\\u00e9", "say \\\"hi\\\"",
            "back\\\\slash", "tab\\there", "line\\nbreak", "z\\u00fcrich", "omega", "x"};

    static long expectedIdSum, expectedActive, expectedZipSum;

    static String generate(int records) {
        StringBuilder sb = new StringBuilder();
        sb.append('[');
        for (int r = 0; r < records; r++) {
            if (r > 0) sb.append(',');
            int id = r * 7 + next(7);
            expectedIdSum += id;
            sb.append("{\"id\":").append(id);
            sb.append(",\"name\":\"").append(WORDS[next(WORDS.length)]).append(' ').append(r).append('"');
            boolean active = next(3) != 0;
            if (active) expectedActive++;
            sb.append(",\"active\":").append(active);
            sb.append(",\"score\":");
            if (next(2) == 0) sb.append('-');
            sb.append(next(1000)).append('.').append(next(10)).append(next(10));
            sb.append(",\"tags\":[");
            int tags = next(4);
            for (int t = 0; t < tags; t++) {
                if (t > 0) sb.append(',');
                sb.append('"').append(WORDS[next(WORDS.length)]).append('"');
            }
            sb.append(']');
            int zip = 10000 + next(90000);
            expectedZipSum += zip;
            sb.append(",\"address\":{\"street\":\"").append(WORDS[next(WORDS.length)]).append(" street ")
                    .append(next(100)).append("\",\"zip\":").append(zip).append(",\"geo\":[")
                    .append(next(180)).append(',').append(next(90)).append("]}");
            sb.append(",\"note\":null,\"empty\":{},\"none\":[]}");
        }
        sb.append(']');
        return sb.toString();
    }

    public static void main(String[] args) {
        int records = args.length > 0 ? Integer.parseInt(args[0]) : 6000;
        String doc = generate(records);
        Value tree = new Parser(doc).parseDocument();
        StringBuilder pretty = new StringBuilder();
        tree.pretty(pretty, 0);
        String prettyText = pretty.toString();
        Value tree2 = new Parser(prettyText).parseDocument();
        StringBuilder compact = new StringBuilder();
        tree2.write(compact);
        boolean good = compact.toString().equals(doc) && tree.checksum() == tree2.checksum();

        long idSum = 0, active = 0, zipSum = 0, tagCount = 0, nameChars = 0;
        Arr all = (Arr) tree2;
        for (int i = 0; i < all.size; i++) {
            Value rec = all.items[i];
            idSum += rec.get("id").asLong();
            active += rec.get("active").asLong();
            zipSum += rec.get("address").get("zip").asLong();
            tagCount += ((Arr) rec.get("tags")).size;
            nameChars += rec.get("name").asLong();
        }
        good = good && idSum == expectedIdSum && active == expectedActive && zipSum == expectedZipSum;

        // malformed documents must be rejected
        String[] bad = {"[1,", "{\"a\" 1}", "tru", "[1 2]", "\"\\q\"", "-", "{\"k\":[}", "[] x"};
        int rejected = 0;
        for (int i = 0; i < bad.length; i++) {
            try {
                new Parser(bad[i]).parseDocument();
            } catch (ParseError e) {
                rejected++;
            }
        }
        good = good && rejected == bad.length;

        System.out.println("json: " + records + " records, " + doc.length() + " chars compact, "
                + prettyText.length() + " pretty");
        System.out.println("ids " + idSum + ", active " + active + ", zips " + zipSum + ", tags " + tagCount
                + ", name chars " + nameChars + ", checksum " + tree2.checksum());
        if (!good) {
            System.out.println("FAIL: round trip or queries differ");
            System.exit(1);
        }
        System.out.println("ok");
    }
}
