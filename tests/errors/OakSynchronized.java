// oak-only
// synchronized statements are rejected by oakc (javac accepts this file).
public class OakSynchronized {
    public static void main(String[] args) {
        Object lock = new Object();
        synchronized (lock) { // expect error: synchronized statements are not supported yet
            System.out.println("locked");
        }
    }
}
