// oak-only
// Anonymous classes are rejected by oakc (javac accepts this file).
public class OakAnonymous {
    public static void main(String[] args) {
        Runnable r = new Runnable() { // expect error: anonymous classes are not supported yet
            public void run() { System.out.println("anon"); }
        };
        System.out.println("after");
    }
}
