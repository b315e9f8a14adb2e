// oak-only
// Text blocks are rejected by oakc (javac accepts this file).
public class OakTextBlock {
    public static void main(String[] args) {
        String s = /* expect error: text blocks are not supported yet */ """
            hello
            """;
        System.out.println("after");
    }
}
