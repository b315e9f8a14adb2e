// oak-only
// Method references are rejected by oakc (javac accepts this file).
public class OakMethodRef {
    static void hello() { System.out.println("hello"); }
    public static void main(String[] args) {
        Runnable r = OakMethodRef::hello; // expect error: method references are not supported yet
    }
}
