// Scopes: the same local name in sibling blocks and successive loops, locals shadowing
// fields, loop variables that end with their loop, nested blocks.
// expect: block 1 a=1
// expect: block 2 a=two
// expect: 0156
// expect: 1 100
// expect: 6 5
// expect: 9
// expect: 18
// expect: k1
// expect: 5
public class LocalScopes {
    static int value = 100;
    int inst = 5;
    void m() {
        int inst = 6;
        System.out.println(inst + " " + this.inst);
    }
    public static void main(String[] args) {
        {
            int a = 1;
            System.out.println("block 1 a=" + a);
        }
        {
            String a = "two";
            System.out.println("block 2 a=" + a);
        }
        for (int i = 0; i < 2; i++) System.out.print(i);
        for (int i = 5; i < 7; i++) System.out.print(i);
        System.out.println();
        int value = 1;
        System.out.println(value + " " + LocalScopes.value);
        new LocalScopes().m();
        int total = 0;
        for (int i = 0; i < 3; i++) {
            int sq = i * i;
            {
                int cube = sq * i;
                total += cube;
            }
        }
        System.out.println(total);
        if (total > 0) {
            int t = total * 2;
            System.out.println(t);
        } else {
            int t = -1;
            System.out.println(t);
        }
        switch (total) {
            case 9: { int k = 1; System.out.println("k" + k); break; }
            default: { int k = 2; System.out.println("k" + k); }
        }
        try {
            int e = 5;
            System.out.println(e);
        } catch (RuntimeException e) {
            System.out.println(e);
        }
    }
}
