/* number.c: Java's Double.toString and Float.toString, digit for digit as OpenJDK 17.
 *
 * Why not simply the shortest digits: JDK 17 still uses the FloatingDecimal algorithm of
 * JDK 1.1 (JDK 19 moved to the shortest decimal), and programs print its output. It is
 * right (the string reads back to the same value) but not always shortest: 1e23 prints as
 * 9.999999999999999E22, 2e23 as 1.9999999999999998E23, Float.MIN_NORMAL as
 * 1.17549435E-38. So this file reproduces that algorithm's decisions exactly, including
 * the ones that look accidental (which integer width a case is computed in, a strict or
 * non-strict comparison, an int that overflows):
 *
 *   1. unpack: value = f * 2^(e - 52) with f's top bit at bit 52 (subnormals normalized;
 *      a float's 24 bits are placed the same way), nsig = the significant bits of the
 *      format (53, 24, fewer for subnormals);
 *   2. integers below 2^63: the digits of the integer itself; when the format cannot hold
 *      all of them (a float of 2^40), the last floor((e - nsig - 1) * log10(2)) digits
 *      are rounded off half up;
 *   3. otherwise digit generation on value = B/S * 10^k, with M = half an ulp scaled like
 *      B (halved again for a power of two), k estimated from a tangent of log10 (exact or
 *      one too high: a first digit 0 is then dropped unless it stops high). Each step
 *      takes q = B / S as the next digit and B = 10 * (B mod S), M = 10 * M, and stops
 *      when low (B < M) or high (B + M beyond 10 * S); not after the first digit when
 *      k < -3 or k >= 8 (FloatingDecimal's idea of E notation, which starts at k = 7).
 *      The arithmetic is Java int when B and 10*S fit in 31 bits, long when they fit in
 *      63, else exact (bignum); "high" is B + M > 10S in int/long but B + M >= 10S in
 *      bignum (1.024E26 rounds up, 5.12E25 does not), and int/long wrap around;
 *   4. last digit: +1 (carrying: 9.9 becomes 1.0 with a larger exponent) when high and
 *      not low, or when both and 2B > 10S, or 2B == 10S and the digit is odd;
 *   5. layout (getChars): plain for 1e-3 <= |x| < 1e7 with at least one fractional
 *      digit ("100.0", "0.001"), otherwise d.dddE[-]n ("1.0E7", "4.9E-324"); digits are
 *      printed as generated.
 *
 * tests/number/ compares this with the JDK on every positive float and millions of doubles.
 */
#include "vm.h"

#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#define MAX_DIGITS 24

/* Decimal digits and FloatingDecimal's decExponent: the value is 0.d1d2d3... * 10^dexp. */
typedef struct {
    char d[MAX_DIGITS];
    int n, dexp;
} Digits;

/* 5^i for i < 27: the powers of five that fit in a Java long. */
static uint64_t pow5(int i) {
    uint64_t r = 1;
    while (i-- > 0)
        r *= 5;
    return r;
}

/* Bits needed for 5^i (i < 27). */
static int pow5_bits(int i) {
    int n = 0;
    for (uint64_t p = pow5(i); p; p >>= 1)
        n++;
    return n;
}

/* ---- exact integers, only as big as digit generation needs (value < 2^1100 or so) ---- */

#define BIG_LIMBS 64

typedef struct {
    int n; /* limbs in use, no leading zero limb */
    uint32_t w[BIG_LIMBS];
} Big;

static void big_trim(Big *a) {
    while (a->n > 0 && a->w[a->n - 1] == 0)
        a->n--;
}

static void big_mul_small(Big *a, uint32_t k) {
    uint64_t carry = 0;
    for (int i = 0; i < a->n; i++) {
        uint64_t t = (uint64_t)a->w[i] * k + carry;
        a->w[i] = (uint32_t)t;
        carry = t >> 32;
    }
    if (carry) a->w[a->n++] = (uint32_t)carry;
}

/* r = a << s (r may be a) */
static void big_shl(Big *r, const Big *a, int s) {
    int words = s / 32, bits = s % 32, n = a->n;
    if (n == 0) {
        r->n = 0;
        return;
    }
    r->w[n + words] = bits ? a->w[n - 1] >> (32 - bits) : 0;
    for (int i = n - 1; i > 0; i--)
        r->w[i + words] = a->w[i] << bits | (bits ? a->w[i - 1] >> (32 - bits) : 0);
    r->w[words] = a->w[0] << bits;
    for (int i = 0; i < words; i++)
        r->w[i] = 0;
    r->n = n + words + 1;
    big_trim(r);
}

/* r = m * 5^p5 * 2^p2 */
static void big_pow52(Big *r, uint64_t m, int p5, int p2) {
    Big t;
    t.w[0] = (uint32_t)m;
    t.w[1] = (uint32_t)(m >> 32);
    t.n = 2;
    big_trim(&t);
    for (; p5 >= 13; p5 -= 13)
        big_mul_small(&t, 1220703125u); /* 5^13 */
    big_mul_small(&t, (uint32_t)pow5(p5));
    big_shl(r, &t, p2);
}

static int big_cmp(const Big *a, const Big *b) {
    if (a->n != b->n) return a->n < b->n ? -1 : 1;
    for (int i = a->n - 1; i >= 0; i--)
        if (a->w[i] != b->w[i]) return a->w[i] < b->w[i] ? -1 : 1;
    return 0;
}

/* a -= b, for a >= b */
static void big_sub(Big *a, const Big *b) {
    int64_t borrow = 0;
    for (int i = 0; i < a->n; i++) {
        int64_t t = (int64_t)a->w[i] - (i < b->n ? b->w[i] : 0) - borrow;
        borrow = t < 0;
        a->w[i] = (uint32_t)t;
    }
    big_trim(a);
}

/* The sign of (a + b) - c. */
static int big_add_cmp(const Big *a, const Big *b, const Big *c) {
    Big s;
    int n = a->n > b->n ? a->n : b->n;
    uint64_t carry = 0;
    for (int i = 0; i < n; i++) {
        uint64_t t = (uint64_t)(i < a->n ? a->w[i] : 0) + (i < b->n ? b->w[i] : 0) + carry;
        s.w[i] = (uint32_t)t;
        carry = t >> 32;
    }
    s.w[n] = (uint32_t)carry;
    s.n = n + 1;
    big_trim(&s);
    return big_cmp(&s, c);
}

/* ---- digit generation ---- */

/* floor of FloatingDecimal's estimate of log10(value), computed in the same double
 * operations (volatile: each rounded on its own, never fused into a multiply-add). */
static int estimate_dec_exp(uint64_t f, int e) {
    uint64_t bits = 0x3ff0000000000000ull | (f & 0x000fffffffffffffull);
    double m;
    memcpy(&m, &bits, sizeof m);
    volatile double tangent = (m - 1.5) * 0.289529654;
    volatile double lg_m = tangent + 0.176091259;
    volatile double lg_2e = (double)e * 0.301029995663981;
    return (int)floor(lg_m + lg_2e);
}

/* floor(p2 * log10(2)) for 1 < p2 < 64, else 0: how many low digits of an integer of
 * that many extra bits the format does not really hold. */
static int insignificant_digits(int p2) {
    if (p2 <= 1 || p2 >= 64) return 0;
    return (int)floor(p2 * 0.30102999566398120);
}

/* Step 2: the digits of a positive integer v after rounding off `drop` digits half up. */
static void long_digits(uint64_t v, int drop, Digits *out) {
    if (drop > 0) {
        uint64_t p10 = 1;
        for (int i = 0; i < drop; i++)
            p10 *= 10;
        uint64_t rest = v % p10;
        v /= p10;
        if (rest >= p10 / 2) v++;
    }
    char buf[24];
    int n = 0;
    int zeros = 0;
    while (v % 10 == 0)
        v /= 10, zeros++;
    for (; v; v /= 10)
        buf[n++] = (char)('0' + v % 10);
    for (int i = 0; i < n; i++)
        out->d[i] = buf[n - 1 - i];
    out->n = n;
    out->dexp = drop + zeros + n;
}

/* Step 4: adds one to the last digit, carrying; "99" becomes "10" with a larger dexp. */
static void round_up(Digits *g) {
    int i = g->n - 1;
    while (i > 0 && g->d[i] == '9')
        g->d[i--] = '0';
    if (g->d[i] == '9') {
        g->d[0] = '1';
        g->dexp++;
    } else {
        g->d[i]++;
    }
}

/* Java's int (bits 32) or long (bits 64) value of a wrapped result. */
static int64_t jwrap(uint64_t x, int bits) {
    return bits == 32 ? (int64_t)(int32_t)(uint32_t)x : (int64_t)x;
}

/* Step 3 in Java int or long arithmetic (FloatingDecimal's two fast loops, overflow and
 * all). Returns lowDigitDifference; *low and *high are the stopping condition. */
static int64_t gen_small(Digits *g, int *dec_exp, uint64_t f, int B5, int B2, int S5, int S2,
                         int M5, int M2, int bits, int *low, int *high) {
    int64_t b = jwrap((f * pow5(B5)) << B2, bits);
    int64_t s = jwrap(pow5(S5) << S2, bits);
    int64_t m = jwrap(pow5(M5) << M2, bits);
    int64_t tens = jwrap((uint64_t)s * 10, bits);
    int q = (int)(b / s);
    b = jwrap((uint64_t)(b % s) * 10, bits);
    m = jwrap((uint64_t)m * 10, bits);
    *low = b < m;
    *high = jwrap((uint64_t)b + (uint64_t)m, bits) > tens;
    if (q == 0 && !*high)
        (*dec_exp)--;
    else
        g->d[g->n++] = (char)('0' + q);
    if (*dec_exp < -3 || *dec_exp >= 8) *low = *high = 0;
    while (!*low && !*high && g->n < MAX_DIGITS) {
        q = (int)(b / s);
        b = jwrap((uint64_t)(b % s) * 10, bits);
        m = jwrap((uint64_t)m * 10, bits);
        if (m > 0) {
            *low = b < m;
            *high = jwrap((uint64_t)b + (uint64_t)m, bits) > tens;
        } else { /* m overflowed: FloatingDecimal stops with both set */
            *low = *high = 1;
        }
        g->d[g->n++] = (char)('0' + q);
    }
    return jwrap(((uint64_t)b << 1) - (uint64_t)tens, bits);
}

/* q = B / S (q < 10) and B = 10 * (B mod S), with S2/S4/S8 = S shifted by 1/2/3. */
static int big_digit(Big *B, const Big *S, const Big *S2, const Big *S4, const Big *S8) {
    int q = 0;
    if (big_cmp(B, S8) >= 0) big_sub(B, S8), q += 8;
    if (big_cmp(B, S4) >= 0) big_sub(B, S4), q += 4;
    if (big_cmp(B, S2) >= 0) big_sub(B, S2), q += 2;
    if (big_cmp(B, S) >= 0) big_sub(B, S), q += 1;
    big_mul_small(B, 10);
    return q;
}

/* Step 3 in exact arithmetic. Returns lowDigitDifference as FloatingDecimal computes it. */
static int64_t gen_big(Digits *g, int *dec_exp, uint64_t f, int B5, int B2, int S5, int S2, int M5,
                       int M2, int *low, int *high) {
    Big B, S, M, tenS, Sx2, Sx4, Sx8;
    big_pow52(&B, f, B5, B2);
    big_pow52(&S, 1, S5, S2);
    big_pow52(&M, 1, M5, M2);
    tenS = S;
    big_mul_small(&tenS, 10);
    big_shl(&Sx2, &S, 1);
    big_shl(&Sx4, &S, 2);
    big_shl(&Sx8, &S, 3);
    int q = big_digit(&B, &S, &Sx2, &Sx4, &Sx8);
    big_mul_small(&M, 10);
    *low = big_cmp(&B, &M) < 0;
    *high = big_add_cmp(&B, &M, &tenS) >= 0;
    if (q == 0 && !*high)
        (*dec_exp)--;
    else
        g->d[g->n++] = (char)('0' + q);
    if (*dec_exp < -3 || *dec_exp >= 8) *low = *high = 0;
    while (!*low && !*high && g->n < MAX_DIGITS) {
        q = big_digit(&B, &S, &Sx2, &Sx4, &Sx8);
        big_mul_small(&M, 10);
        *low = big_cmp(&B, &M) < 0;
        *high = big_add_cmp(&B, &M, &tenS) >= 0;
        g->d[g->n++] = (char)('0' + q);
    }
    if (*high && *low) {
        big_shl(&B, &B, 1);
        return big_cmp(&B, &tenS);
    }
    return 0;
}

/* FloatingDecimal's dtoa for value = f * 2^(e - 52), f's top bit at bit 52, nsig
 * significant bits in the format. */
static void dtoa(int e, uint64_t f, int nsig, Digits *g) {
    int tail_zeros = __builtin_ctzll(f);
    int nfract = 53 - tail_zeros;                        /* significant bits of f */
    int ntiny = nfract - e - 1 > 0 ? nfract - e - 1 : 0; /* of them right of the point */
    g->n = 0;
    if (ntiny == 0 && e <= 62) { /* an integer that fits in a long */
        int drop = e > nsig ? insignificant_digits(e - nsig - 1) : 0;
        long_digits(e >= 52 ? f << (e - 52) : f >> (52 - e), drop, g);
        return;
    }
    /* value = B / S * 10^dec_exp, M = half an ulp scaled like B; as powers of 2 and 5 */
    int dec_exp = estimate_dec_exp(f, e);
    int B5 = dec_exp < 0 ? -dec_exp : 0;
    int B2 = B5 + ntiny + e;
    int S5 = dec_exp > 0 ? dec_exp : 0;
    int S2 = S5 + ntiny;
    int M5 = B5;
    int M2 = B2 - nsig;
    f >>= tail_zeros;
    B2 -= nfract - 1;
    int common = B2 < S2 ? B2 : S2;
    B2 -= common, S2 -= common, M2 -= common;
    if (nfract == 1) M2 -= 1; /* a power of two: FloatingDecimal halves M */
    if (M2 < 0) B2 -= M2, S2 -= M2, M2 = 0;

    int low, high;
    int64_t ldd;
    int b_bits = nfract + B2 + (B5 < 27 ? pow5_bits(B5) : 64);
    int ten_s_bits = S2 + 1 + (S5 + 1 < 27 ? pow5_bits(S5 + 1) : 64);
    if (b_bits < 32 && ten_s_bits < 32)
        ldd = gen_small(g, &dec_exp, f, B5, B2, S5, S2, M5, M2, 32, &low, &high);
    else if (b_bits < 64 && ten_s_bits < 64)
        ldd = gen_small(g, &dec_exp, f, B5, B2, S5, S2, M5, M2, 64, &low, &high);
    else
        ldd = gen_big(g, &dec_exp, f, B5, B2, S5, S2, M5, M2, &low, &high);
    g->dexp = dec_exp + 1;
    if (high && (!low || ldd > 0 || (ldd == 0 && (g->d[g->n - 1] & 1)))) round_up(g);
}

/* Step 5 (FloatingDecimal's getChars). */
static void java_layout(int neg, const Digits *g, char *out) {
    char *p = out;
    if (neg) *p++ = '-';
    int n = g->n, x = g->dexp;
    if (x > 0 && x < 8) { /* ddd.ddd */
        for (int i = 0; i < x; i++)
            *p++ = i < n ? g->d[i] : '0';
        *p++ = '.';
        if (n > x)
            for (int i = x; i < n; i++)
                *p++ = g->d[i];
        else
            *p++ = '0';
        *p = 0;
    } else if (x <= 0 && x > -3) { /* 0.00ddd */
        *p++ = '0';
        *p++ = '.';
        for (int i = 0; i < -x; i++)
            *p++ = '0';
        for (int i = 0; i < n; i++)
            *p++ = g->d[i];
        *p = 0;
    } else { /* d.dddE[-]n */
        *p++ = g->d[0];
        *p++ = '.';
        if (n > 1)
            for (int i = 1; i < n; i++)
                *p++ = g->d[i];
        else
            *p++ = '0';
        sprintf(p, "E%d", x - 1);
    }
}

void vm_format_double(double d, char *out) {
    uint64_t bits;
    memcpy(&bits, &d, sizeof bits);
    int neg = (int)(bits >> 63);
    int e = (int)(bits >> 52) & 0x7ff;
    uint64_t f = bits & 0x000fffffffffffffull;
    if (e == 0x7ff) {
        strcpy(out, f ? "NaN" : neg ? "-Infinity" : "Infinity");
        return;
    }
    int nsig;
    if (e == 0) {
        if (f == 0) {
            strcpy(out, neg ? "-0.0" : "0.0");
            return;
        }
        int shift = __builtin_clzll(f) - 11;
        nsig = 64 - __builtin_clzll(f);
        f <<= shift;
        e = 1 - shift;
    } else {
        f |= 1ull << 52;
        nsig = 53;
    }
    Digits g;
    dtoa(e - 1023, f, nsig, &g);
    java_layout(neg, &g, out);
}

void vm_format_float(float x, char *out) {
    uint32_t bits;
    memcpy(&bits, &x, sizeof bits);
    int neg = (int)(bits >> 31);
    int e = (int)(bits >> 23) & 0xff;
    uint32_t f = bits & 0x7fffff;
    if (e == 0xff) {
        strcpy(out, f ? "NaN" : neg ? "-Infinity" : "Infinity");
        return;
    }
    int nsig;
    if (e == 0) {
        if (f == 0) {
            strcpy(out, neg ? "-0.0" : "0.0");
            return;
        }
        int shift = __builtin_clz(f) - 8;
        nsig = 32 - __builtin_clz(f);
        f <<= shift;
        e = 1 - shift;
    } else {
        f |= 1u << 23;
        nsig = 24;
    }
    Digits g;
    dtoa(e - 127, (uint64_t)f << 29, nsig, &g);
    java_layout(neg, &g, out);
}
