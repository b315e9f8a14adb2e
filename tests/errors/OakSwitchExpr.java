// oak-only
// Switch expressions and switch rules are rejected by oakc (javac accepts this file).
public class OakSwitchExpr {
    public static void main(String[] args) {
        int n = args.length;
        String s = switch (n) { // expect error: switch expressions are not supported yet
            case 0 -> "none";
            default -> "some";
        };
        switch (n) {
            case 1 -> System.out.println("one"); // expect error: switch rules are not supported yet
            default -> System.out.println("other"); // expect error: switch rules are not supported yet
        }
    }
}
