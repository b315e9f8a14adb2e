// A file in package app: its classes are app.X (getClass().getName()), package-private
// classes of the same file, single-type imports of java.lang and own classes, and
// on-demand imports.
// expect: helped
// expect: app.Helper
// expect: app.PackageMain
// expect: pkg!
// expect: app.AppError: in a package
// expect: true
// expect: fully qualified 2147483647 4.0
package app;

import java.lang.StringBuilder;
import java.lang.*;
import app.Helper;

class Helper {
    static String help() { return "helped"; }
}

class AppError extends RuntimeException {
    AppError(String m) { super(m); }
}

public class PackageMain {
    public static void main(String[] args) {
        System.out.println(Helper.help());
        System.out.println(new Helper().getClass().getName());
        System.out.println(new PackageMain().getClass().getName());
        StringBuilder sb = new StringBuilder("pkg");
        System.out.println(sb.append('!'));
        try {
            throw new AppError("in a package");
        } catch (AppError e) {
            System.out.println(e);
        }
        app.Helper qualified = new app.Helper();
        System.out.println(qualified instanceof Helper);
        java.lang.String full = "fully qualified";
        System.out.println(full + " " + java.lang.Integer.MAX_VALUE + " " + java.lang.Math.sqrt(16));
    }
}
