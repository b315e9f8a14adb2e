// An uncaught user exception with a cause ends the program with status 1.
// expect: 10
// expect runtime error: ConfigError: bad number ten
// expect stderr: at UncaughtCustom.parse(UncaughtCustom.java:16)
// expect stderr: at UncaughtCustom.main(UncaughtCustom.java:21)
// expect stderr: Caused by: java.lang.NumberFormatException: For input string: "ten"
// expect stderr: at UncaughtCustom.parse(UncaughtCustom.java:14)
class ConfigError extends RuntimeException {
    ConfigError(String msg, Throwable cause) { super(msg, cause); }
}
public class UncaughtCustom {
    static int parse(String s) {
        try {
            return Integer.parseInt(s);
        } catch (NumberFormatException e) {
            throw new ConfigError("bad number " + s, e);
        }
    }
    public static void main(String[] args) {
        System.out.println(parse("10"));
        System.out.println(parse("ten"));
        System.out.println("not reached");
    }
}
