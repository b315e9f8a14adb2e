// The JDK prints an uncaught exception with its toString(), so an override shows in the
// first line of the report; getMessage overrides show through Throwable.toString.
// expect: Fancy[1] / code 1
// expect runtime error: Fancy[2]
// expect stderr: at UncaughtToString.main(UncaughtToString.java:18)
class Fancy extends RuntimeException {
    final int code;
    Fancy(int code) { super("code " + code); this.code = code; }
    @Override public String toString() { return "Fancy[" + code + "]"; }
}
public class UncaughtToString {
    public static void main(String[] args) {
        try {
            throw new Fancy(1);
        } catch (Fancy f) {
            System.out.println(f + " / " + f.getMessage());
        }
        throw new Fancy(2);
    }
}
