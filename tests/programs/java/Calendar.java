// Date arithmetic with integer math: leap years, day of week (Zeller), days between
// dates, adding days, printing a month calendar.
// expect: 1900 common, 2000 leap, 2023 common, 2024 leap, 2100 common, end
// expect: Sun Sat Thu
// expect: 10957 20088 29
// expect: 2024-01-04 2024-02-29 2001-09-27
// expect:  Su Mo Tu We Th Fr Sa
// expect:               1  2  3
// expect:   4  5  6  7  8  9 10
// expect:  11 12 13 14 15 16 17
// expect:  18 19 20 21 22 23 24
// expect:  25 26 27 28 29
public class Calendar {
    static boolean leap(int y) { return y % 4 == 0 && (y % 100 != 0 || y % 400 == 0); }
    static int daysIn(int y, int m) {
        switch (m) {
            case 2: return leap(y) ? 29 : 28;
            case 4: case 6: case 9: case 11: return 30;
            default: return 31;
        }
    }
    static final String[] DAYS = {"Sat", "Sun", "Mon", "Tue", "Wed", "Thu", "Fri"};
    static int zeller(int y, int m, int d) {
        if (m < 3) { m += 12; y--; }
        int k = y % 100, j = y / 100;
        return (d + 13 * (m + 1) / 5 + k + k / 4 + j / 4 + 5 * j) % 7;
    }
    static long epochDay(int y, int m, int d) {
        long days = 0;
        for (int yy = 1970; yy < y; yy++) days += leap(yy) ? 366 : 365;
        for (int mm = 1; mm < m; mm++) days += daysIn(y, mm);
        return days + d - 1;
    }
    static String plusDays(int y, int m, int d, int n) {
        while (n > 0) {
            d++;
            if (d > daysIn(y, m)) { d = 1; m++; if (m > 12) { m = 1; y++; } }
            n--;
        }
        return y + "-" + (m < 10 ? "0" : "") + m + "-" + (d < 10 ? "0" : "") + d;
    }
    public static void main(String[] args) {
        int[] years = {1900, 2000, 2023, 2024, 2100};
        for (int y : years) System.out.print(y + (leap(y) ? " leap, " : " common, "));
        System.out.println("end");
        System.out.println(DAYS[zeller(1969, 7, 20)] + " " + DAYS[zeller(2000, 1, 1)] + " " + DAYS[zeller(2024, 2, 29)]);
        System.out.println(epochDay(2000, 1, 1) + " " + epochDay(2024, 12, 31) + " " + (epochDay(2024, 3, 1) - epochDay(2024, 2, 1)));
        System.out.println(plusDays(2023, 12, 25, 10) + " " + plusDays(2024, 2, 28, 1) + " " + plusDays(1999, 1, 1, 1000));
        int y = 2024, m = 2;
        System.out.println(" Su Mo Tu We Th Fr Sa");
        int dow = (zeller(y, m, 1) + 6) % 7;
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < dow; i++) line.append("   ");
        for (int d = 1; d <= daysIn(y, m); d++) {
            line.append(d < 10 ? "  " : " ").append(d);
            if ((dow + d) % 7 == 0) { System.out.println(line); line = new StringBuilder(); }
        }
        if (line.length() > 0) System.out.println(line);
    }
}
