// Names that do not resolve: variables, methods, classes, fields, methods of a class.
// allow extra errors
public class CannotFindSymbol {
    int field;
    public static void main(String[] args) {
        System.out.println(undefinedVar); // expect error: cannot find symbol
        undefinedMethod(1); // expect error: cannot find symbol
        Missing m = null; // expect error: cannot find symbol
        CannotFindSymbol c = new CannotFindSymbol();
        c.nofield = 2; // expect error: cannot find symbol
        "abc".noSuchMethod(); // expect error: cannot find symbol
        Math.abss(1.0); // expect error: cannot find symbol
    }
}
