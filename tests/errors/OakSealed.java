// oak-only
// Sealed classes are rejected by oakc (javac accepts this file).
sealed class Shape permits Square { } // expect error: sealed classes are not supported yet
final class Square extends Shape { }
public class OakSealed {
    public static void main(String[] args) {
        System.out.println("sealed");
    }
}
