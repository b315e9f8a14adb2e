// switch on String: hash collisions ("Aa"/"BB"), fall-through, default in the middle,
// the empty string, constant labels, and the NPE on a null selector.
// expect: 'Aa' -> 1 (hash 2112)
// expect: 'BB' -> 2 (hash 2112)
// expect: 'AaAa' -> 3 (hash 2031744)
// expect: 'BBBB' -> 4 (hash 2031744)
// expect: 'AaBB' -> 5 (hash 2031744)
// expect: 'BBAa' -> -1 (hash 2031744)
// expect: '' -> 6 (hash 0)
// expect: 'hello' -> 7 (hash 99162322)
// expect: 'Hello' -> -1 (hash 69609650)
// expect: 'C#' -> -1 (hash 2112)
// expect: 12 2 3 d3
// expect: 7
// expect: stopping
// expect: NPE for null selector
public class SwitchString {
    static final String HELLO = "hel" + "lo";
    static int code(String s) {
        switch (s) {
            case "Aa": return 1;
            case "BB": return 2;
            case "AaAa": return 3;
            case "BBBB": return 4;
            case "AaBB": return 5;
            case "": return 6;
            case HELLO: return 7;
            default: return -1;
        }
    }
    static String flow(String s) {
        StringBuilder sb = new StringBuilder();
        switch (s) {
            case "one":
                sb.append("1");
            case "two":
                sb.append("2");
                break;
            default:
                sb.append("d");
            case "three":
                sb.append("3");
        }
        return sb.toString();
    }
    public static void main(String[] args) {
        String[] keys = {"Aa", "BB", "AaAa", "BBBB", "AaBB", "BBAa", "", "hello", "Hello", "C#"};
        for (String k : keys) System.out.println("'" + k + "' -> " + code(k) + " (hash " + k.hashCode() + ")");
        System.out.println(flow("one") + " " + flow("two") + " " + flow("three") + " " + flow("four"));
        StringBuilder b = new StringBuilder();
        b.append("hel").append("lo");
        System.out.println(code(b.toString()));
        String cmd = "stop";
        switch (cmd) {
            case "go": System.out.println("going"); break;
            case "stop": System.out.println("stopping");
        }
        String nothing = null;
        try {
            switch (nothing) {
                case "x": System.out.println("x"); break;
                default: System.out.println("default");
            }
        } catch (NullPointerException e) {
            System.out.println("NPE for null selector");
        }
    }
}
