// Statements that can never run.
public class Unreachable {
    static int a() {
        return 1;
        System.out.println("after return"); // expect error: unreachable statement
    }
    static void b() {
        while (true) {
        }
        System.out.println("after infinite loop"); // expect error: unreachable statement
    }
    static void c() {
        for (int i = 0; i < 3; i++) {
            break;
            i++; // expect error: unreachable statement
        }
    }
    static void d() {
        throw new RuntimeException();
        int x = 1; // expect error: unreachable statement
    }
    static void e() {
        for (;;) { }
        return; // expect error: unreachable statement
    }
    public static void main(String[] args) {
    }
}
