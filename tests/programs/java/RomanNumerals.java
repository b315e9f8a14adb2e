// Roman numerals: conversion both ways with parallel arrays, validation by round trip,
// and sums over a range.
// expect: 1 = I = 1
// expect: 4 = IV = 4
// expect: 9 = IX = 9
// expect: 14 = XIV = 14
// expect: 40 = XL = 40
// expect: 90 = XC = 90
// expect: 400 = CD = 400
// expect: 1994 = MCMXCIV = 1994
// expect: 2024 = MMXXIV = 2024
// expect: 3999 = MMMCMXCIX = 3999
// expect: round trip failures 0, total length 30000
// expect: MMXXIV -> 2024
// expect: IIII -> 4
// expect: ABC -> bad digit A
// expect: java.lang.IllegalArgumentException: out of range: 0
public class RomanNumerals {
    static final int[] VALUES = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
    static final String[] SYMBOLS = {"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"};
    static String toRoman(int n) {
        if (n <= 0 || n >= 4000) throw new IllegalArgumentException("out of range: " + n);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < VALUES.length; i++) while (n >= VALUES[i]) { sb.append(SYMBOLS[i]); n -= VALUES[i]; }
        return sb.toString();
    }
    static int value(char c) {
        switch (c) {
            case 'I': return 1; case 'V': return 5; case 'X': return 10; case 'L': return 50;
            case 'C': return 100; case 'D': return 500; case 'M': return 1000;
            default: throw new IllegalArgumentException("bad digit " + c);
        }
    }
    static int fromRoman(String s) {
        int total = 0;
        for (int i = 0; i < s.length(); i++) {
            int v = value(s.charAt(i));
            if (i + 1 < s.length() && v < value(s.charAt(i + 1))) total -= v; else total += v;
        }
        return total;
    }
    public static void main(String[] args) {
        int[] samples = {1, 4, 9, 14, 40, 90, 400, 1994, 2024, 3999};
        for (int s : samples) System.out.println(s + " = " + toRoman(s) + " = " + fromRoman(toRoman(s)));
        int bad = 0;
        long lengths = 0;
        for (int i = 1; i < 4000; i++) {
            String r = toRoman(i);
            lengths += r.length();
            if (fromRoman(r) != i) bad++;
        }
        System.out.println("round trip failures " + bad + ", total length " + lengths);
        String[] inputs = {"MMXXIV", "IIII", "ABC"};
        for (String in : inputs) {
            try {
                System.out.println(in + " -> " + fromRoman(in));
            } catch (IllegalArgumentException e) {
                System.out.println(in + " -> " + e.getMessage());
            }
        }
        try {
            toRoman(0);
        } catch (IllegalArgumentException e) {
            System.out.println(e);
        }
    }
}
