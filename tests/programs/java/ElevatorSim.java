// An elevator simulation: requests from a deterministic LCG, a controller interface with
// two strategies (first-come and nearest-first), elevators as objects with state, and
// statistics compared at the end.
// expect: fifo: served 128, travelled 859, final floor 17, avg 6.7109375
// expect: nearest: served 128, travelled 193, final floor 19, avg 1.5078125
interface Strategy {
    int pick(int[] requests, int count, int floor);
    String name();
}
class Fifo implements Strategy {
    public int pick(int[] r, int n, int floor) { return 0; }
    public String name() { return "fifo"; }
}
class Nearest implements Strategy {
    public int pick(int[] r, int n, int floor) {
        int best = 0;
        for (int i = 1; i < n; i++) {
            int d = r[i] - floor, bd = r[best] - floor;
            if ((d < 0 ? -d : d) < (bd < 0 ? -bd : bd)) best = i;
        }
        return best;
    }
    public String name() { return "nearest"; }
}
class Elevator {
    int floor, travelled, served;
    final Strategy strategy;
    final int[] pending = new int[64];
    int count;
    Elevator(Strategy s) { strategy = s; }
    void request(int f) { if (count < pending.length) pending[count++] = f; }
    void step() {
        if (count == 0) return;
        int i = strategy.pick(pending, count, floor);
        int target = pending[i];
        travelled += target > floor ? target - floor : floor - target;
        floor = target;
        served++;
        System.arraycopy(pending, i + 1, pending, i, count - i - 1);
        count--;
    }
}
public class ElevatorSim {
    static int seed = 2024;
    static int rand(int n) { seed = seed * 1103515245 + 12345; return (seed >>> 16) % n; }
    public static void main(String[] args) {
        Strategy[] strategies = {new Fifo(), new Nearest()};
        for (Strategy s : strategies) {
            seed = 2024;
            Elevator e = new Elevator(s);
            for (int t = 0; t < 200; t++) {
                if (rand(3) != 0) e.request(rand(20));
                if (t % 2 == 0) e.step();
            }
            while (e.count > 0) e.step();
            System.out.println(s.name() + ": served " + e.served + ", travelled " + e.travelled + ", final floor " + e.floor
                + ", avg " + (double) e.travelled / e.served);
        }
    }
}
