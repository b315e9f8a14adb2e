// An inventory system: products in a generic repository keyed by String, an interface
// for pricing strategies, restocking and orders with checked exceptions, a report with
// money formatting in long cents.
// expect: sold 10 x widget (regular) for $25.00
// expect: sold 3 x gadget (regular) for $59.97
// expect: sold 50 x doohickey (bulk(100+ -15%)) for $3.50
// expect: sold 500 x doohickey (bulk(100+ -15%)) for $29.75
// expect: order failed: unknown sku D4
// expect: order failed: only 2 gadget left
// expect: order failed: bad quantity 0
// expect: A1 widget stock 90 value $225.00
// expect: B2 gadget stock 2 value $39.98
// expect: C3 doohickey stock 450 value $31.50
// expect: revenue $118.22
interface Pricing { long price(long base, int qty); String name(); }
class Regular implements Pricing {
    public long price(long base, int qty) { return base * qty; }
    public String name() { return "regular"; }
}
class Bulk implements Pricing {
    final int threshold; final int percentOff;
    Bulk(int t, int p) { threshold = t; percentOff = p; }
    public long price(long base, int qty) {
        long full = base * qty;
        return qty >= threshold ? full - full * percentOff / 100 : full;
    }
    public String name() { return "bulk(" + threshold + "+ -" + percentOff + "%)"; }
}
class Product {
    final String sku, title;
    final long cents;
    int stock;
    Pricing pricing = new Regular();
    Product(String sku, String title, long cents, int stock) { this.sku = sku; this.title = title; this.cents = cents; this.stock = stock; }
}
class OrderException extends Exception {
    OrderException(String m) { super(m); }
}
class Repo<V> {
    private String[] keys = new String[2];
    private Object[] vals = new Object[2];
    private int n;
    void put(String k, V v) {
        for (int i = 0; i < n; i++) if (keys[i].equals(k)) { vals[i] = v; return; }
        if (n == keys.length) {
            String[] nk = new String[n * 2]; Object[] nv = new Object[n * 2];
            System.arraycopy(keys, 0, nk, 0, n); System.arraycopy(vals, 0, nv, 0, n);
            keys = nk; vals = nv;
        }
        keys[n] = k; vals[n++] = v;
    }
    @SuppressWarnings("unchecked")
    V get(String k) { for (int i = 0; i < n; i++) if (keys[i].equals(k)) return (V) vals[i]; return null; }
    int size() { return n; }
    @SuppressWarnings("unchecked") V at(int i) { return (V) vals[i]; }
}
public class Inventory {
    static String money(long c) { return "$" + c / 100 + "." + (c % 100 < 10 ? "0" : "") + c % 100; }
    static Repo<Product> repo = new Repo<>();
    static long revenue;
    static void order(String sku, int qty) throws OrderException {
        Product p = repo.get(sku);
        if (p == null) throw new OrderException("unknown sku " + sku);
        if (qty <= 0) throw new OrderException("bad quantity " + qty);
        if (p.stock < qty) throw new OrderException("only " + p.stock + " " + p.title + " left");
        long cost = p.pricing.price(p.cents, qty);
        p.stock -= qty;
        revenue += cost;
        System.out.println("sold " + qty + " x " + p.title + " (" + p.pricing.name() + ") for " + money(cost));
    }
    public static void main(String[] args) {
        repo.put("A1", new Product("A1", "widget", 2_50, 100));
        repo.put("B2", new Product("B2", "gadget", 19_99, 5));
        repo.put("C3", new Product("C3", "doohickey", 7, 1000));
        repo.get("C3").pricing = new Bulk(100, 15);
        String[] skus = {"A1", "B2", "C3", "C3", "D4", "B2", "A1"};
        int[] qtys = {10, 3, 50, 500, 1, 3, 0};
        for (int i = 0; i < skus.length; i++) {
            try {
                order(skus[i], qtys[i]);
            } catch (OrderException e) {
                System.out.println("order failed: " + e.getMessage());
            }
        }
        for (int i = 0; i < repo.size(); i++) {
            Product p = repo.at(i);
            System.out.println(p.sku + " " + p.title + " stock " + p.stock + " value " + money(p.cents * p.stock));
        }
        System.out.println("revenue " + money(revenue));
    }
}
