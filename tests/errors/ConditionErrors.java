// Conditions must be boolean; conditional expressions need compatible branches.
public class ConditionErrors {
    public static void main(String[] args) {
        int x = 1;
        if (x) { } // expect error: incompatible types: int cannot be converted to boolean
        while (x) { } // expect error: incompatible types: int cannot be converted to boolean
        for (; "yes"; ) { } // expect error: incompatible types: String cannot be converted to boolean
        do { } while (null); // expect error: incompatible types: <null> cannot be converted to boolean
        int y = args.length > 0 ? 1 : "one"; // expect error: incompatible types: bad type in conditional expression
    }
}
