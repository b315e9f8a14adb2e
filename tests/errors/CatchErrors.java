// catch clauses: checked exceptions never thrown in the try, subclasses already caught
// (errors of flow analysis).
class MyChecked extends Exception { }
public class CatchErrors {
    public static void main(String[] args) {
        try {
            System.out.println();
        } catch (MyChecked e) { // expect error: exception MyChecked is never thrown in body of corresponding try statement
        }
        try {
            System.out.println(1 / args.length);
        } catch (RuntimeException e) {
        } catch (ArithmeticException e) { // expect error: exception ArithmeticException has already been caught
        }
    }
}
