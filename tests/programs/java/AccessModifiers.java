// Access modifiers inside one file: private members of another instance of the same
// class, private members of nested classes and of the enclosing class, protected and
// package access, private constructors with factories.
// expect: true false 3
// expect: 3
// expect: protected ok, package ok
// expect: 3
// expect: 47
// expect: outer-private
class Vault {
    private int secret;
    private static int created;
    private Vault(int s) { secret = s; created++; }
    static Vault of(int s) { return new Vault(s); }
    boolean sameSecret(Vault other) { return secret == other.secret; }
    int peek() { return secret; }
    static int created() { return created; }
    protected String prot() { return "protected ok"; }
    String pkg() { return "package ok"; }
}
public class AccessModifiers {
    private int hidden = 7;
    private static String tag() { return "outer-private"; }
    static class Nested {
        private int inner = 3;
        int readOuter(AccessModifiers o) { return o.hidden + inner; }
        String callOuter() { return tag(); }
    }
    public static void main(String[] args) {
        Vault a = Vault.of(1), b = Vault.of(1), c = Vault.of(2);
        System.out.println(a.sameSecret(b) + " " + a.sameSecret(c) + " " + Vault.created());
        System.out.println(a.peek() + c.peek());
        System.out.println(a.prot() + ", " + a.pkg());
        Nested n = new Nested();
        System.out.println(n.inner);
        n.inner = 40;
        System.out.println(n.readOuter(new AccessModifiers()));
        System.out.println(n.callOuter());
    }
}
