/* number.c: Java's Double.toString and Float.toString.
 *
 * The digits are the shortest decimal of at least two digits that reads back to the same
 * value (found by trying precisions upward with the C library's correctly rounded
 * printf/strtod; two digits at least, because Java picks the closest two-digit decimal
 * when one digit would do: Double.MIN_VALUE is 4.9E-324, not 5.0E-324); the layout is
 * Java's: plain notation for 1e-3 <= |x| < 1e7 with at least one fractional digit
 * ("100.0", "0.001"), otherwise computerized scientific notation ("1.0E7", "4.9E-324").
 * Known difference: JDK 17's FloatingDecimal sometimes prints a non-shortest digit string
 * (1.0E23 prints as 9.999999999999999E22 there); Oak prints the shortest.
 */
#include "vm.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

/* digits: the significant digits, exp10: the decimal exponent of the first digit. */
static void java_layout(int neg, const char *digits, int exp10, char *out) {
    int nd = (int)strlen(digits);
    char *p = out;
    if (neg) *p++ = '-';
    double mag_lo = -3, mag_hi = 7;
    if (exp10 >= mag_lo && exp10 < mag_hi) {
        if (exp10 >= 0) {
            for (int i = 0; i <= exp10; i++) *p++ = i < nd ? digits[i] : '0';
            *p++ = '.';
            if (nd > exp10 + 1)
                for (int i = exp10 + 1; i < nd; i++) *p++ = digits[i];
            else
                *p++ = '0';
        } else {
            *p++ = '0';
            *p++ = '.';
            for (int i = 0; i < -exp10 - 1; i++) *p++ = '0';
            for (int i = 0; i < nd; i++) *p++ = digits[i];
        }
        *p = 0;
        return;
    }
    *p++ = digits[0];
    *p++ = '.';
    if (nd > 1)
        for (int i = 1; i < nd; i++) *p++ = digits[i];
    else
        *p++ = '0';
    sprintf(p, "E%d", exp10);
}

/* Splits "%.*e" output "d.dddde+XX" into digits (trailing zeros removed) and exponent. */
static void split_e(const char *buf, char *digits, int *exp10) {
    const char *s = buf;
    if (*s == '-') s++;
    int n = 0;
    for (; *s && *s != 'e'; s++)
        if (*s != '.') digits[n++] = *s;
    while (n > 1 && digits[n - 1] == '0') n--;
    digits[n] = 0;
    *exp10 = atoi(s + 1);
}

void vm_format_double(double d, char *out) {
    if (isnan(d)) { strcpy(out, "NaN"); return; }
    if (isinf(d)) { strcpy(out, d > 0 ? "Infinity" : "-Infinity"); return; }
    if (d == 0) { strcpy(out, signbit(d) ? "-0.0" : "0.0"); return; }
    char buf[64], digits[32];
    for (int prec = 2; prec <= 17; prec++) {
        snprintf(buf, sizeof buf, "%.*e", prec - 1, fabs(d));
        if (strtod(buf, NULL) == fabs(d)) break;
    }
    int e;
    split_e(buf, digits, &e);
    java_layout(d < 0, digits, e, out);
}

void vm_format_float(float f, char *out) {
    if (isnan(f)) { strcpy(out, "NaN"); return; }
    if (isinf(f)) { strcpy(out, f > 0 ? "Infinity" : "-Infinity"); return; }
    if (f == 0) { strcpy(out, signbit(f) ? "-0.0" : "0.0"); return; }
    char buf[64], digits[32];
    for (int prec = 2; prec <= 9; prec++) {
        snprintf(buf, sizeof buf, "%.*e", prec - 1, fabs((double)f));
        if (strtof(buf, NULL) == fabsf(f)) break;
    }
    int e;
    split_e(buf, digits, &e);
    java_layout(f < 0, digits, e, out);
}
