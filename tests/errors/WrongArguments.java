// Calls whose arguments fit no method.
// allow extra errors
class Calc {
    int add(int a, int b) { return a + b; }
    static String name(String s) { return s; }
    Calc(int seed) { }
}
public class WrongArguments {
    public static void main(String[] args) {
        Calc c = new Calc(1);
        c.add(1); // expect error: method add in class Calc cannot be applied to given types;
        c.add(1, "2"); // expect error: incompatible types: String cannot be converted to int
        Calc.name(5); // expect error: incompatible types: int cannot be converted to String
        new Calc(); // expect error: constructor Calc in class Calc cannot be applied to given types;
        Math.sqrt("4"); // expect error: incompatible types: String cannot be converted to double
    }
}
