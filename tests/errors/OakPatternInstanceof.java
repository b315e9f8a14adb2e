// oak-only
// Pattern matching in instanceof is rejected by oakc (javac accepts this file).
public class OakPatternInstanceof {
    public static void main(String[] args) {
        Object o = "text";
        if (o instanceof String s) { // expect error: pattern matching in instanceof is not supported yet
            System.out.println("string");
        }
    }
}
