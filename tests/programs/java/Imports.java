// Imports in the default package: single-type imports of java.lang classes, an on-demand
// import of java.lang, static imports of Math members and Integer constants.
// expect: 9.0 3.141592653589793
// expect: 2147483647 -2147483648
// expect: -11
// expect: 2.0
// expect: 77
// expect: true
import java.lang.Math;
import java.lang.String;
import java.lang.*;
import static java.lang.Math.sqrt;
import static java.lang.Math.PI;
import static java.lang.Integer.*;

public class Imports {
    public static void main(String[] args) {
        System.out.println(sqrt(81) + " " + PI);
        System.out.println(MAX_VALUE + " " + MIN_VALUE);
        System.out.println(parseInt("-12") + 1);
        System.out.println(Math.floor(2.5));
        String s = Integer.toString(77);
        System.out.println(s);
        Object o = new IllegalArgumentException("x");
        System.out.println(o instanceof RuntimeException);
    }
}
