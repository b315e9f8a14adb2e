// Private members shared between a top-level class and its static nested classes in both
// directions: private constructors, private static fields incremented from a nested
// class, private methods of a nested class called from the outer class, private
// instance fields of siblings.
// expect: 202 2 5 7
// expect: 11 sibling sees made=2 sibling tag202
// expect: 203 1
public class NestmatePrivate {
    private static int created;
    private int secret;
    private NestmatePrivate(int s) { secret = s; created++; }
    private static String tag(int n) { return "tag" + n; }
    static class Factory {
        private int made;
        private NestmatePrivate make(int s) { made++; created += 100; return new NestmatePrivate(s); }
        private static int peek(NestmatePrivate o) { return o.secret; }
    }
    static class Sibling {
        private String name = "sibling";
        String readFactory(Factory f) { return name + " sees made=" + f.made; }
        private void poke(NestmatePrivate o) { o.secret *= 2; o.secret++; }
    }
    public static void main(String[] args) {
        Factory f = new Factory();
        NestmatePrivate a = f.make(5);
        NestmatePrivate b = f.make(7);
        System.out.println(created + " " + f.made + " " + Factory.peek(a) + " " + b.secret);
        Sibling s = new Sibling();
        s.poke(a);
        System.out.println(a.secret + " " + s.readFactory(f) + " " + s.name + " " + tag(created));
        NestmatePrivate direct = new NestmatePrivate(1);
        System.out.println(created + " " + Factory.peek(direct));
    }
}
