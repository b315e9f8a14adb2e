// Name resolution: a variable obscures a type of the same name, a field and a method
// with the same name, a method named like its class (not a constructor), labels in their
// own namespace, a local shadowing a field, static nested class vs field of the same
// name, stray semicolons in a class body.
// expect: 3
// expect: a method named like the class
// expect: 21 variable named String
// expect: 11 Inner field
// expect: 13
// expect: loop 0 10
// expect: 0
// expect: not an Integer 2147483647
public class NameResolution {
    static int value = 1;
    static int value() { return 2; }
    void NameResolution() { System.out.println("a method named like the class"); }
    static class Inner { static String id = "Inner class"; }
    static String Inner = "Inner field";
    ;
    public static void main(String[] args) {
        System.out.println(value + value());
        new NameResolution().NameResolution();
        String String = "variable named String";
        System.out.println(String.length() + " " + String);
        System.out.println(Inner.length() + " " + Inner);
        int value = 10;
        System.out.println(value + NameResolution.value + value());
        value:
        for (int i = 0; i < 3; i++) {
            if (i == 1) break value;
            System.out.println("loop " + i + " " + value);
        }
        int args2 = args.length;
        System.out.println(args2);
        Object Integer = "not an Integer";
        System.out.println(Integer + " " + java.lang.Integer.MAX_VALUE);
    };
}
