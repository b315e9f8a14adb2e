// var needs an initializer with a type.
public class VarErrors {
    public static void main(String[] args) {
        var a; // expect error: cannot infer type for local variable a
        var b = null; // expect error: cannot infer type for local variable b
        var c = {1, 2}; // expect error: cannot infer type for local variable c
        var ok = 1;
        ok = "string"; // expect error: incompatible types: String cannot be converted to int
    }
}
