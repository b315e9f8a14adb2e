// The smallest Oak program: `bin/oak samples/Hello.java` compiles it in memory and runs it.
public class Hello {
    public static void main(String[] args) {
        String who = args.length > 0 ? String.join(" ", args) : "world";
        System.out.println("Hello, " + who + "!");
    }
}
