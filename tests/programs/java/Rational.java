// An immutable rational number class with long numerator/denominator: normalization,
// arithmetic, comparison via Comparable, equals/hashCode, harmonic numbers, and an
// ArithmeticException for a zero denominator.
// expect: -3/4 5/12 -1/3 -7/6 -5/16 -9/5
// expect: -1 1 0
// expect: true true
// expect: H(20) = 55835135/15519504 ~ 3.597739657143682
// expect: 1014556267661/264588959090 3.8344618428159674
// expect: zero denominator
final class Frac implements Comparable<Frac> {
    final long num, den;
    static final Frac ZERO = new Frac(0, 1), ONE = new Frac(1, 1);
    Frac(long n, long d) {
        if (d == 0) throw new ArithmeticException("zero denominator");
        if (d < 0) { n = -n; d = -d; }
        long g = gcd(n < 0 ? -n : n, d);
        num = n / g;
        den = d / g;
    }
    static long gcd(long a, long b) { while (b != 0) { long t = a % b; a = b; b = t; } return a == 0 ? 1 : a; }
    Frac plus(Frac o) { return new Frac(num * o.den + o.num * den, den * o.den); }
    Frac minus(Frac o) { return plus(o.negate()); }
    Frac times(Frac o) { return new Frac(num * o.num, den * o.den); }
    Frac div(Frac o) { return new Frac(num * o.den, den * o.num); }
    Frac negate() { return new Frac(-num, den); }
    public int compareTo(Frac o) { long l = num * o.den, r = o.num * den; return l < r ? -1 : l > r ? 1 : 0; }
    @Override public boolean equals(Object o) { return o instanceof Frac && ((Frac) o).num == num && ((Frac) o).den == den; }
    @Override public int hashCode() { return (int) (num * 31 + den); }
    double value() { return (double) num / den; }
    @Override public String toString() { return den == 1 ? "" + num : num + "/" + den; }
}
public class Rational {
    public static void main(String[] args) {
        Frac a = new Frac(6, -8), b = new Frac(5, 12);
        System.out.println(a + " " + b + " " + a.plus(b) + " " + a.minus(b) + " " + a.times(b) + " " + a.div(b));
        System.out.println(a.compareTo(b) + " " + b.compareTo(a) + " " + a.compareTo(new Frac(-3, 4)));
        System.out.println(a.equals(new Frac(3, -4)) + " " + (a.hashCode() == new Frac(-9, 12).hashCode()));
        Frac h = Frac.ZERO;
        for (int i = 1; i <= 20; i++) h = h.plus(new Frac(1, i));
        System.out.println("H(20) = " + h + " ~ " + h.value());
        Frac x = Frac.ONE;
        for (int i = 0; i < 6; i++) x = x.plus(Frac.ONE.div(x));
        System.out.println(x + " " + x.value());
        try {
            Frac.ONE.div(Frac.ZERO);
        } catch (ArithmeticException e) {
            System.out.println(e.getMessage());
        }
    }
}
