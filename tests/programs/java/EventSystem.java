// An event bus with listener interfaces implemented by several classes (no lambdas):
// registration, dispatch by event type with instanceof, listeners that throw, priority
// ordering by insertion sort, and unregistering.
// expect: key(h) consumed by typist
// expect: key(i) consumed by typist
// expect: click(-1,0) consumed by clicks
// expect: typist failed on key(!): bang key
// expect: key(x) consumed by typist
// expect: 1:click(10,20) 2:key(h) 3:key(i) 4:tick 5:click(-1,0) 6:key(!) 7:click(3,3) |
// expect: clicks 3, typed hix
abstract class Event {
    final long time;
    Event(long t) { time = t; }
    abstract String describe();
}
class Click extends Event {
    final int x, y;
    Click(long t, int x, int y) { super(t); this.x = x; this.y = y; }
    String describe() { return "click(" + x + "," + y + ")"; }
}
class Key extends Event {
    final char key;
    Key(long t, char k) { super(t); key = k; }
    String describe() { return "key(" + key + ")"; }
}
class Tick extends Event {
    Tick(long t) { super(t); }
    String describe() { return "tick"; }
}
interface Listener {
    boolean handle(Event e);
    default int priority() { return 0; }
    String name();
}
class Logger implements Listener {
    final StringBuilder log = new StringBuilder();
    public boolean handle(Event e) { log.append(e.time).append(':').append(e.describe()).append(' '); return false; }
    public String name() { return "logger"; }
    public int priority() { return 10; }
}
class ClickCounter implements Listener {
    int clicks;
    public boolean handle(Event e) {
        if (!(e instanceof Click)) return false;
        Click c = (Click) e;
        clicks++;
        return c.x < 0;
    }
    public String name() { return "clicks"; }
}
class Typist implements Listener {
    final StringBuilder typed = new StringBuilder();
    public boolean handle(Event e) {
        if (e instanceof Key) {
            char k = ((Key) e).key;
            if (k == '!') throw new IllegalStateException("bang key");
            typed.append(k);
            return true;
        }
        return false;
    }
    public String name() { return "typist"; }
    public int priority() { return 5; }
}
class Bus {
    private Listener[] ls = new Listener[1];
    private int n;
    void register(Listener l) {
        if (n == ls.length) {
            Listener[] b = new Listener[n * 2];
            System.arraycopy(ls, 0, b, 0, n);
            ls = b;
        }
        int i = n++;
        while (i > 0 && ls[i - 1].priority() < l.priority()) { ls[i] = ls[i - 1]; i--; }
        ls[i] = l;
    }
    void unregister(Listener l) {
        for (int i = 0; i < n; i++) if (ls[i] == l) {
            System.arraycopy(ls, i + 1, ls, i, n - i - 1);
            ls[--n] = null;
            return;
        }
    }
    void publish(Event e) {
        for (int i = 0; i < n; i++) {
            try {
                if (ls[i].handle(e)) { System.out.println(e.describe() + " consumed by " + ls[i].name()); return; }
            } catch (RuntimeException ex) {
                System.out.println(ls[i].name() + " failed on " + e.describe() + ": " + ex.getMessage());
            }
        }
    }
}
public class EventSystem {
    public static void main(String[] args) {
        Bus bus = new Bus();
        Logger log = new Logger();
        ClickCounter cc = new ClickCounter();
        Typist typist = new Typist();
        bus.register(cc);
        bus.register(typist);
        bus.register(log);
        Event[] events = {new Click(1, 10, 20), new Key(2, 'h'), new Key(3, 'i'), new Tick(4), new Click(5, -1, 0),
            new Key(6, '!'), new Click(7, 3, 3)};
        for (Event e : events) bus.publish(e);
        bus.unregister(log);
        bus.publish(new Key(8, 'x'));
        bus.publish(new Tick(9));
        System.out.println(log.log.append('|'));
        System.out.println("clicks " + cc.clicks + ", typed " + typist.typed);
    }
}
