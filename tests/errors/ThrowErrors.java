// Only Throwables can be thrown or caught.
public class ThrowErrors {
    public static void main(String[] args) {
        throw "error"; // expect error: incompatible types: String cannot be converted to Throwable
    }
    static void m() {
        try {
            System.out.println();
        } catch (String s) { // expect error: incompatible types: String cannot be converted to Throwable
        }
    }
}
