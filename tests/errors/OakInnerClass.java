// oak-only
// Inner (non-static member) classes are rejected by oakc (javac accepts this file);
// static nested classes are fine.
public class OakInnerClass {
    int value = 1;
    class Inner { // expect error: inner classes are not supported yet
        int get() { return value; }
    }
    static class Nested {
        int get() { return 2; }
    }
    public static void main(String[] args) {
        System.out.println(new Nested().get());
    }
}
