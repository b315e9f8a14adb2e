// oak-only
// Local classes and interfaces are rejected by oakc (javac accepts this file).
public class OakLocalClass {
    public static void main(String[] args) {
        class Local { } // expect error: local classes are not supported yet
        interface LocalI { } // expect error: local interfaces are not supported yet
        System.out.println("done");
    }
}
