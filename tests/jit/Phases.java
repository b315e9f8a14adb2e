// Phases: main runs a short hot loop, then two long ones, and is called once. The short
// loop makes main hot; by the time its OSR variant is compiled that loop is over, and the
// interpreter is in the second loop. One variant serves every loop header of main, so the
// second loop continues in native code without another compile (tests/jit/check.sh (g)).
public class Phases {
    public static void main(String[] args) {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 3000000;
        long s = 0;
        for (int i = 0; i < 2000; i++) s += i % 7;
        System.out.println(s);
        long p = 1;
        for (int i = 0; i < n; i++) p = p * 31 + i;
        System.out.println(p);
        int c = 0;
        for (int i = 0; i < n; i++)
            if ((i ^ (i >> 3)) % 5 == 0) c++;
        System.out.println(c);
    }
}
