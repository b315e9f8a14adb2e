// Local variables cannot be static.
// allow extra errors
public class StaticLocal {
    public static void main(String[] args) {
        static int local = 1; // expect error: illegal start of expression
    }
}
