// A JSON-like document model: an abstract Value class with subclasses for null, bool,
// number, string (with escaping), arrays and objects (own growable storage), recursive
// pretty printing with indentation and compact printing, and a small query.
// expect: {"name":"Oak \"VM\"","version":1,"ratio":0.75,"tags":["vm","jit\tgcc","ctl\u0001"],"empty":[],"nested":{"ok":true,"none":null,"deep":{}}}
// expect: {
// expect:   "name": "Oak \"VM\"",
// expect:   "version": 1,
// expect:   "ratio": 0.75,
// expect:   "tags": [
// expect:     "vm",
// expect:     "jit\tgcc",
// expect:     "ctl\u0001"
// expect:   ],
// expect:   "empty": [],
// expect:   "nested": {
// expect:     "ok": true,
// expect:     "none": null,
// expect:     "deep": {}
// expect:   }
// expect: }
// expect: true null true
abstract class Value {
    abstract void print(StringBuilder sb, int indent, boolean pretty);
    String compact() { StringBuilder sb = new StringBuilder(); print(sb, 0, false); return sb.toString(); }
    String pretty() { StringBuilder sb = new StringBuilder(); print(sb, 0, true); return sb.toString(); }
    static void pad(StringBuilder sb, int n) { for (int i = 0; i < n; i++) sb.append("  "); }
}
class JNull extends Value {
    static final JNull INSTANCE = new JNull();
    void print(StringBuilder sb, int indent, boolean pretty) { sb.append("null"); }
}
class JBool extends Value {
    final boolean b;
    JBool(boolean b) { this.b = b; }
    void print(StringBuilder sb, int indent, boolean pretty) { sb.append(b); }
}
class JNum extends Value {
    final double d;
    JNum(double d) { this.d = d; }
    void print(StringBuilder sb, int indent, boolean pretty) {
        if (d == (long) d) sb.append((long) d); else sb.append(d);
    }
}
class JStr extends Value {
    final String s;
    JStr(String s) { this.s = s; }
    void print(StringBuilder sb, int indent, boolean pretty) {
        sb.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"': sb.append("\\\""); break;
                case '\\': sb.append("\\\\"); break;
                case '\n': sb.append("\\n"); break;
                case '\t': sb.append("\\t"); break;
                default:
                    if (c < 32) {
                        String hex = "0123456789abcdef";
                        sb.append("\\u00").append(hex.charAt(c >> 4)).append(hex.charAt(c & 15));
                    } else sb.append(c);
            }
        }
        sb.append('"');
    }
}
class JArr extends Value {
    Value[] items = new Value[2];
    int n;
    JArr add(Value v) {
        if (n == items.length) { Value[] b = new Value[n * 2]; System.arraycopy(items, 0, b, 0, n); items = b; }
        items[n++] = v;
        return this;
    }
    void print(StringBuilder sb, int indent, boolean pretty) {
        if (n == 0) { sb.append("[]"); return; }
        sb.append('[');
        for (int i = 0; i < n; i++) {
            if (i > 0) sb.append(',');
            if (pretty) { sb.append('\n'); pad(sb, indent + 1); }
            items[i].print(sb, indent + 1, pretty);
        }
        if (pretty) { sb.append('\n'); pad(sb, indent); }
        sb.append(']');
    }
}
class JObj extends Value {
    String[] keys = new String[4];
    Value[] vals = new Value[4];
    int n;
    JObj put(String k, Value v) {
        if (n == keys.length) {
            String[] nk = new String[n * 2]; Value[] nv = new Value[n * 2];
            System.arraycopy(keys, 0, nk, 0, n); System.arraycopy(vals, 0, nv, 0, n);
            keys = nk; vals = nv;
        }
        keys[n] = k; vals[n++] = v;
        return this;
    }
    Value get(String k) { for (int i = 0; i < n; i++) if (keys[i].equals(k)) return vals[i]; return JNull.INSTANCE; }
    void print(StringBuilder sb, int indent, boolean pretty) {
        sb.append('{');
        for (int i = 0; i < n; i++) {
            if (i > 0) sb.append(',');
            if (pretty) { sb.append('\n'); pad(sb, indent + 1); }
            new JStr(keys[i]).print(sb, indent + 1, pretty);
            sb.append(pretty ? ": " : ":");
            vals[i].print(sb, indent + 1, pretty);
        }
        if (pretty && n > 0) { sb.append('\n'); pad(sb, indent); }
        sb.append('}');
    }
}
public class JsonPrinter {
    public static void main(String[] args) {
        JObj doc = new JObj()
            .put("name", new JStr("Oak \"VM\""))
            .put("version", new JNum(1))
            .put("ratio", new JNum(0.75))
            .put("tags", new JArr().add(new JStr("vm")).add(new JStr("jit\tgcc")).add(new JStr("ctl\u0001")))
            .put("empty", new JArr())
            .put("nested", new JObj().put("ok", new JBool(true)).put("none", JNull.INSTANCE).put("deep", new JObj()));
        System.out.println(doc.compact());
        System.out.println(doc.pretty());
        Value v = ((JObj) doc.get("nested")).get("ok");
        System.out.println(v.compact() + " " + doc.get("missing").compact() + " " + (doc.get("missing") == JNull.INSTANCE));
    }
}
