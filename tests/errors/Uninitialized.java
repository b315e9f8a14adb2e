// Locals read before they are definitely assigned.
public class Uninitialized {
    public static void main(String[] args) {
        int x;
        System.out.println(x); // expect error: variable x might not have been initialized
        int y;
        if (args.length > 0) y = 1;
        System.out.println(y); // expect error: variable y might not have been initialized
        int z;
        while (args.length > 5) { z = 1; break; }
        z++; // expect error: variable z might not have been initialized
        String s;
        try {
            s = "a";
        } catch (RuntimeException e) {
        }
        System.out.println(s); // expect error: variable s might not have been initialized
        int w;
        boolean ok = args.length > 0 || (w = 1) > 0;
        System.out.println(w); // expect error: variable w might not have been initialized
        int self = self + 1; // expect error: variable self might not have been initialized
    }
}
