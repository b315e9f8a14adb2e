// Polynomials with int coefficients in an immutable class: addition, multiplication,
// evaluation, derivative, composition, pretty printing with signs and powers.
// expect: p = 2x^3 - 3x + 1, q = x - 1
// expect: p + q = 2x^3 - 2x
// expect: p * q = 2x^4 - 2x^3 - 3x^2 + 4x - 1
// expect: p' = 6x^2 - 3, p'' = 12x
// expect: p(q) = 2x^3 - 6x^2 + 3x + 2
// expect: 11 -44 11 11
// expect: (1 + x)^6 = x^6 + 6x^5 + 15x^4 + 20x^3 + 15x^2 + 6x + 1 degree 6
// expect: 0 -1 0
// expect: 0
final class Poly {
    private final int[] c;
    Poly(int... coefs) {
        int n = coefs.length;
        while (n > 1 && coefs[n - 1] == 0) n--;
        c = new int[n];
        System.arraycopy(coefs, 0, c, 0, n);
    }
    int degree() { return c.length == 1 && c[0] == 0 ? -1 : c.length - 1; }
    Poly plus(Poly o) {
        int[] r = new int[c.length > o.c.length ? c.length : o.c.length];
        for (int i = 0; i < c.length; i++) r[i] += c[i];
        for (int i = 0; i < o.c.length; i++) r[i] += o.c[i];
        return new Poly(r);
    }
    Poly times(Poly o) {
        int[] r = new int[c.length + o.c.length - 1];
        for (int i = 0; i < c.length; i++) for (int j = 0; j < o.c.length; j++) r[i + j] += c[i] * o.c[j];
        return new Poly(r);
    }
    long eval(long x) { long r = 0; for (int i = c.length - 1; i >= 0; i--) r = r * x + c[i]; return r; }
    Poly derivative() {
        if (c.length == 1) return new Poly(0);
        int[] r = new int[c.length - 1];
        for (int i = 1; i < c.length; i++) r[i - 1] = c[i] * i;
        return new Poly(r);
    }
    Poly compose(Poly inner) {
        Poly r = new Poly(0);
        for (int i = c.length - 1; i >= 0; i--) r = r.times(inner).plus(new Poly(c[i]));
        return r;
    }
    @Override public String toString() {
        if (degree() < 0) return "0";
        StringBuilder sb = new StringBuilder();
        for (int i = c.length - 1; i >= 0; i--) {
            int k = c[i];
            if (k == 0) continue;
            if (sb.length() > 0) sb.append(k < 0 ? " - " : " + "); else if (k < 0) sb.append('-');
            int a = k < 0 ? -k : k;
            if (a != 1 || i == 0) sb.append(a);
            if (i >= 1) sb.append('x');
            if (i >= 2) sb.append('^').append(i);
        }
        return sb.toString();
    }
}
public class Polynomials {
    public static void main(String[] args) {
        Poly p = new Poly(1, -3, 0, 2);
        Poly q = new Poly(-1, 1);
        System.out.println("p = " + p + ", q = " + q);
        System.out.println("p + q = " + p.plus(q));
        System.out.println("p * q = " + p.times(q));
        System.out.println("p' = " + p.derivative() + ", p'' = " + p.derivative().derivative());
        System.out.println("p(q) = " + p.compose(q));
        System.out.println(p.eval(2) + " " + p.eval(-3) + " " + p.compose(q).eval(3) + " " + p.eval(q.eval(3)));
        Poly r = new Poly(1);
        for (int i = 0; i < 6; i++) r = r.times(new Poly(1, 1));
        System.out.println("(1 + x)^6 = " + r + " degree " + r.degree());
        System.out.println(new Poly(0, 0, 0) + " " + new Poly(0).degree() + " " + new Poly(5).derivative());
        System.out.println(p.plus(new Poly(-1, 3, 0, -2)));
    }
}
