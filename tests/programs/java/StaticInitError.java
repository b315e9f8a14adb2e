// A static initializer that throws: ExceptionInInitializerError with the cause on first
// use, NoClassDefFoundError on later uses.
// expect: Fragile.<clinit> runs
// expect: first: java.lang.ExceptionInInitializerError
// expect: cause: java.lang.ArrayIndexOutOfBoundsException: Index 3 out of bounds for length 1
// expect: second: java.lang.NoClassDefFoundError: Could not initialize class Fragile
class Fragile {
    static int value = compute();
    static int compute() {
        System.out.println("Fragile.<clinit> runs");
        int[] a = new int[1];
        return a[3];
    }
    static void hello() { System.out.println("hello"); }
}
public class StaticInitError {
    public static void main(String[] args) {
        try {
            Fragile.hello();
        } catch (ExceptionInInitializerError e) {
            System.out.println("first: " + e.getClass().getName());
            System.out.println("cause: " + e.getCause());
        }
        try {
            System.out.println(Fragile.value);
        } catch (NoClassDefFoundError e) {
            System.out.println("second: " + e);
        }
    }
}
