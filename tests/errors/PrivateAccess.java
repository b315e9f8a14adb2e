// Private members of another top-level class are not accessible.
class Safe {
    private int code = 42;
    private static String secret() { return "s"; }
    private Safe(int x) { }
    Safe() { }
}
class Sealed {
    private Sealed(int x) { }
}
public class PrivateAccess {
    public static void main(String[] args) {
        Safe s = new Safe();
        System.out.println(s.code); // expect error: code has private access in Safe
        System.out.println(Safe.secret()); // expect error: secret() has private access in Safe
        Sealed t = new Sealed(1); // expect error: Sealed(int) has private access in Sealed
        Safe u = new Safe(2); // expect error: constructor Safe in class Safe cannot be applied to given types;
    }
}
