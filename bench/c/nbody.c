/* nbody: the C version of bench/programs/NBody.java (same output, same operation order). */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define PI 3.141592653589793
#define SOLAR_MASS (4 * PI * PI)
#define DAYS_PER_YEAR 365.24

typedef struct { double x, y, z, vx, vy, vz, mass; } Body;

static void body(Body *b, double x, double y, double z, double vx, double vy, double vz, double mass) {
    b->x = x;
    b->y = y;
    b->z = z;
    b->vx = vx * DAYS_PER_YEAR;
    b->vy = vy * DAYS_PER_YEAR;
    b->vz = vz * DAYS_PER_YEAR;
    b->mass = mass * SOLAR_MASS;
}

static void make_bodies(Body *bodies) {
    body(&bodies[0], 0, 0, 0, 0, 0, 0, 1);
    body(&bodies[1], 4.84143144246472090e+00, -1.16032004402742839e+00,
         -1.03622044471123109e-01, 1.66007664274403694e-03, 7.69901118419740425e-03,
         -6.90460016972063023e-05, 9.54791938424326609e-04);
    body(&bodies[2], 8.34336671824457987e+00, 4.12479856412430479e+00,
         -4.03523417114321381e-01, -2.76742510726862411e-03, 4.99852801234917238e-03,
         2.30417297573763929e-05, 2.85885980666130812e-04);
    body(&bodies[3], 1.28943695621391310e+01, -1.51111514016986312e+01,
         -2.23307578892655734e-01, 2.96460137564761618e-03, 2.37847173959480950e-03,
         -2.96589568540237556e-05, 4.36624404335156298e-05);
    body(&bodies[4], 1.53796971148509165e+01, -2.59193146099879641e+01,
         1.79258772950371181e-01, 2.68067772490389322e-03, 1.62824170038242295e-03,
         -9.51592254519715870e-05, 5.15138902046611451e-05);
    double px = 0, py = 0, pz = 0;
    for (int i = 0; i < 5; i++) {
        px += bodies[i].vx * bodies[i].mass;
        py += bodies[i].vy * bodies[i].mass;
        pz += bodies[i].vz * bodies[i].mass;
    }
    bodies[0].vx = -px / SOLAR_MASS;
    bodies[0].vy = -py / SOLAR_MASS;
    bodies[0].vz = -pz / SOLAR_MASS;
}

static void advance(Body *bodies, int nb, double dt) {
    for (int i = 0; i < nb; i++) {
        Body *a = &bodies[i];
        for (int j = i + 1; j < nb; j++) {
            Body *b = &bodies[j];
            double dx = a->x - b->x;
            double dy = a->y - b->y;
            double dz = a->z - b->z;
            double d2 = dx * dx + dy * dy + dz * dz;
            double distance = sqrt(d2);
            double mag = dt / (d2 * distance);
            a->vx -= dx * b->mass * mag;
            a->vy -= dy * b->mass * mag;
            a->vz -= dz * b->mass * mag;
            b->vx += dx * a->mass * mag;
            b->vy += dy * a->mass * mag;
            b->vz += dz * a->mass * mag;
        }
    }
    for (int i = 0; i < nb; i++) {
        Body *b = &bodies[i];
        b->x += dt * b->vx;
        b->y += dt * b->vy;
        b->z += dt * b->vz;
    }
}

static double energy(Body *bodies, int nb) {
    double e = 0;
    for (int i = 0; i < nb; i++) {
        Body *a = &bodies[i];
        e += 0.5 * a->mass * (a->vx * a->vx + a->vy * a->vy + a->vz * a->vz);
        for (int j = i + 1; j < nb; j++) {
            Body *b = &bodies[j];
            double dx = a->x - b->x;
            double dy = a->y - b->y;
            double dz = a->z - b->z;
            e -= (a->mass * b->mass) / sqrt(dx * dx + dy * dy + dz * dz);
        }
    }
    return e;
}

/* as NBody.fixed: rounded half up, no locale */
static const char *fixed(char *buf, double x, int decimals) {
    const char *sign = "";
    if (x < 0) {
        sign = "-";
        x = -x;
    }
    long scale = 1;
    for (int i = 0; i < decimals; i++) scale *= 10;
    long v = (long)floor(x * scale + 0.5);
    sprintf(buf, "%s%ld.%0*ld", sign, v / scale, decimals, v % scale);
    return buf;
}

int main(int argc, char **argv) {
    int n = argc > 1 ? atoi(argv[1]) : 2000000;
    Body bodies[5];
    char b1[64], b2[64];
    make_bodies(bodies);
    double before = energy(bodies, 5);
    printf("%s\n", fixed(b1, before, 9));
    for (int i = 0; i < n; i++) advance(bodies, 5, 0.01);
    double after = energy(bodies, 5);
    printf("%s\n", fixed(b2, after, 9));
    double drift = after - before;
    if (drift < 0) drift = -drift;
    if (strcmp(b1, "-0.169075164") != 0 || drift > 1e-4) {
        printf("FAIL: energy not conserved\n");
        return 1;
    }
    printf("ok\n");
    return 0;
}
