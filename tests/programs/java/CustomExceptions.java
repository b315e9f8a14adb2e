// User-defined exception hierarchies: checked and unchecked, extra fields, constructors
// chaining to Exception's, overridden getMessage, toString of user exceptions.
// expect: got index
// expect: 404 /missing not found
// expect: 403 custom forbidden | Forbidden: custom forbidden
// expect: Oops message=null
// expect: true
// expect: NotFound
// expect: custom forbidden
class AppException extends Exception {
    private final int code;
    AppException(String msg, int code) { super(msg); this.code = code; }
    int code() { return code; }
}
class NotFound extends AppException {
    NotFound(String what) { super(what + " not found", 404); }
}
class Forbidden extends AppException {
    Forbidden() { super("forbidden", 403); }
    @Override
    public String getMessage() { return "custom " + super.getMessage(); }
}
class Oops extends RuntimeException {
    Oops() { super(); }
}
public class CustomExceptions {
    static String fetch(String path) throws AppException {
        if (path.equals("/secret")) throw new Forbidden();
        if (!path.equals("/")) throw new NotFound(path);
        return "index";
    }
    public static void main(String[] args) {
        String[] paths = {"/", "/missing", "/secret"};
        for (String p : paths) {
            try {
                System.out.println("got " + fetch(p));
            } catch (NotFound e) {
                System.out.println(e.code() + " " + e.getMessage());
            } catch (AppException e) {
                System.out.println(e.code() + " " + e.getMessage() + " | " + e);
            }
        }
        try {
            throw new Oops();
        } catch (Oops e) {
            System.out.println(e + " message=" + e.getMessage());
        }
        AppException ae = new NotFound("x");
        System.out.println(ae instanceof Exception);
        System.out.println(ae.getClass().getName());
        Throwable t = new Forbidden();
        System.out.println(t.getLocalizedMessage());
    }
}
