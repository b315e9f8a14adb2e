// final: fields assigned once in every constructor, static finals from static blocks,
// final locals assigned later (blank finals), final parameters, final classes/methods.
// expect: x1=1 x42=42
// expect: 4 100
// expect: 2
// expect: assigned once
// expect: 10
// expect: fixed in Base
// expect: pq
// expect: five=5
final class Immutable {
    private final int x;
    private final String label;
    static final int[] TABLE;
    static {
        TABLE = new int[4];
        for (int i = 0; i < TABLE.length; i++) TABLE[i] = i * i;
    }
    Immutable(int x) { this(x, "x" + x); }
    Immutable(int x, String label) { this.x = x; this.label = label; }
    Immutable plus(final int d) { return new Immutable(x + d); }
    final String show() { return label + "=" + x; }
}
class Base {
    final String fixed() { return "fixed in Base"; }
}
class Derived extends Base {}
public class FinalVariables {
    public static void main(String[] args) {
        Immutable a = new Immutable(1);
        Immutable b = a.plus(41);
        System.out.println(a.show() + " " + b.show());
        Immutable.TABLE[3] = 100;
        System.out.println(Immutable.TABLE[2] + " " + Immutable.TABLE[3]);
        final int later;
        if (args.length > 100) later = 1; else later = 2;
        System.out.println(later);
        final String s;
        s = "assigned once";
        System.out.println(s);
        final int[] arr = {1, 2};
        arr[0] = 10;
        System.out.println(arr[0]);
        System.out.println(new Derived().fixed());
        for (final String w : new String[]{"p", "q"}) System.out.print(w);
        System.out.println();
        final Immutable fin = new Immutable(5, "five");
        System.out.println(fin.show());
    }
}
