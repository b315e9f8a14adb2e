// Classes: fields with defaults, constructors, instance methods, objects as values,
// static counters, object references shared and compared.
// expect: a=2 b=12
// expect: 2
// expect: 3 true false
// expect: 0 null false
// expect: 5 6
// expect: 7
class Counter {
    static int instances;
    int count;
    String label;
    boolean touched;
    Counter(String label) { this.label = label; instances++; }
    void inc() { count++; touched = true; }
    Counter add(int n) { count += n; return this; }
    int get() { return count; }
}
public class ClassesBasic {
    public static void main(String[] args) {
        Counter a = new Counter("a");
        Counter b = new Counter("b");
        a.inc();
        a.inc();
        b.add(5).add(6).inc();
        System.out.println(a.label + "=" + a.get() + " " + b.label + "=" + b.get());
        System.out.println(Counter.instances);
        Counter c = a;
        c.inc();
        System.out.println(a.get() + " " + (a == c) + " " + (a == b));
        Counter fresh = new Counter(null);
        System.out.println(fresh.count + " " + fresh.label + " " + fresh.touched);
        Counter[] many = new Counter[3];
        for (int i = 0; i < many.length; i++) { many[i] = new Counter("m" + i); many[i].add(i * i); }
        int total = 0;
        for (Counter m : many) total += m.get();
        System.out.println(total + " " + Counter.instances);
        new Counter("discarded").inc();
        System.out.println(Counter.instances);
    }
}
