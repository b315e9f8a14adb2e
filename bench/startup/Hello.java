// The start-up measurement of bench/run: the smallest program each system can run.
public class Hello {
    public static void main(String[] args) {
        System.out.println("Hello, world!");
    }
}
