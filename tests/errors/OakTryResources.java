// oak-only
// try-with-resources is rejected by oakc (javac accepts this file).
class Res implements AutoCloseable {
    public void close() { }
}
public class OakTryResources {
    public static void main(String[] args) {
        try (Res r = new Res()) { // expect error: try-with-resources is not supported yet
            System.out.println("body");
        }
    }
}
