// oak-only
// Lambdas are rejected by oakc (javac accepts this file); the rest is still checked.
public class OakLambda {
    public static void main(String[] args) {
        Runnable r = () -> System.out.println("hi"); // expect error: lambda expressions are not supported yet
        Comparable<String> c = s -> 0; // expect error: lambda expressions are not supported yet
        System.out.println(args.length);
    }
}
