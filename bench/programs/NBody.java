// nbody: the Computer Language Benchmarks Game's n-body simulation of the Jovian planets
// (symplectic integrator). Measures double arithmetic, sqrt, field access on a few small
// objects. Size: steps (default 2000000).
public class NBody {
    static final double PI = 3.141592653589793;
    static final double SOLAR_MASS = 4 * PI * PI;
    static final double DAYS_PER_YEAR = 365.24;

    static final class Body {
        double x, y, z, vx, vy, vz, mass;

        Body(double x, double y, double z, double vx, double vy, double vz, double mass) {
            this.x = x;
            this.y = y;
            this.z = z;
            this.vx = vx * DAYS_PER_YEAR;
            this.vy = vy * DAYS_PER_YEAR;
            this.vz = vz * DAYS_PER_YEAR;
            this.mass = mass * SOLAR_MASS;
        }
    }

    static Body[] makeBodies() {
        Body[] bodies = new Body[5];
        bodies[0] = new Body(0, 0, 0, 0, 0, 0, 1);
        bodies[1] = new Body(4.84143144246472090e+00, -1.16032004402742839e+00,
                -1.03622044471123109e-01, 1.66007664274403694e-03, 7.69901118419740425e-03,
                -6.90460016972063023e-05, 9.54791938424326609e-04);
        bodies[2] = new Body(8.34336671824457987e+00, 4.12479856412430479e+00,
                -4.03523417114321381e-01, -2.76742510726862411e-03, 4.99852801234917238e-03,
                2.30417297573763929e-05, 2.85885980666130812e-04);
        bodies[3] = new Body(1.28943695621391310e+01, -1.51111514016986312e+01,
                -2.23307578892655734e-01, 2.96460137564761618e-03, 2.37847173959480950e-03,
                -2.96589568540237556e-05, 4.36624404335156298e-05);
        bodies[4] = new Body(1.53796971148509165e+01, -2.59193146099879641e+01,
                1.79258772950371181e-01, 2.68067772490389322e-03, 1.62824170038242295e-03,
                -9.51592254519715870e-05, 5.15138902046611451e-05);
        double px = 0, py = 0, pz = 0;
        for (int i = 0; i < bodies.length; i++) {
            px += bodies[i].vx * bodies[i].mass;
            py += bodies[i].vy * bodies[i].mass;
            pz += bodies[i].vz * bodies[i].mass;
        }
        bodies[0].vx = -px / SOLAR_MASS;
        bodies[0].vy = -py / SOLAR_MASS;
        bodies[0].vz = -pz / SOLAR_MASS;
        return bodies;
    }

    static void advance(Body[] bodies, double dt) {
        for (int i = 0; i < bodies.length; i++) {
            Body a = bodies[i];
            for (int j = i + 1; j < bodies.length; j++) {
                Body b = bodies[j];
                double dx = a.x - b.x;
                double dy = a.y - b.y;
                double dz = a.z - b.z;
                double d2 = dx * dx + dy * dy + dz * dz;
                double distance = Math.sqrt(d2);
                double mag = dt / (d2 * distance);
                a.vx -= dx * b.mass * mag;
                a.vy -= dy * b.mass * mag;
                a.vz -= dz * b.mass * mag;
                b.vx += dx * a.mass * mag;
                b.vy += dy * a.mass * mag;
                b.vz += dz * a.mass * mag;
            }
        }
        for (int i = 0; i < bodies.length; i++) {
            Body b = bodies[i];
            b.x += dt * b.vx;
            b.y += dt * b.vy;
            b.z += dt * b.vz;
        }
    }

    static double energy(Body[] bodies) {
        double e = 0;
        for (int i = 0; i < bodies.length; i++) {
            Body a = bodies[i];
            e += 0.5 * a.mass * (a.vx * a.vx + a.vy * a.vy + a.vz * a.vz);
            for (int j = i + 1; j < bodies.length; j++) {
                Body b = bodies[j];
                double dx = a.x - b.x;
                double dy = a.y - b.y;
                double dz = a.z - b.z;
                e -= (a.mass * b.mass) / Math.sqrt(dx * dx + dy * dy + dz * dz);
            }
        }
        return e;
    }

    // x with `decimals` digits after the point, rounded half up (no String.format in Oak)
    static String fixed(double x, int decimals) {
        StringBuilder sb = new StringBuilder();
        if (x < 0) {
            sb.append('-');
            x = -x;
        }
        long scale = 1;
        for (int i = 0; i < decimals; i++) scale *= 10;
        long v = (long) Math.floor(x * scale + 0.5);
        sb.append(v / scale).append('.');
        String f = String.valueOf(v % scale);
        for (int i = f.length(); i < decimals; i++) sb.append('0');
        return sb.append(f).toString();
    }

    public static void main(String[] args) {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 2000000;
        Body[] bodies = makeBodies();
        double before = energy(bodies);
        System.out.println(fixed(before, 9));
        for (int i = 0; i < n; i++) advance(bodies, 0.01);
        double after = energy(bodies);
        System.out.println(fixed(after, 9));
        double drift = after - before;
        if (drift < 0) drift = -drift;
        if (!fixed(before, 9).equals("-0.169075164") || drift > 1e-4) {
            System.out.println("FAIL: energy not conserved");
            System.exit(1);
        }
        System.out.println("ok");
    }
}
