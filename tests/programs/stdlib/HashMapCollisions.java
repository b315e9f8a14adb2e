// HashMap and HashSet with many keys in one bucket: strings with equal hash codes (made of
// "Aa" and "BB") and integers that are multiples of a large power of two. Long chains
// double small tables and become red-black trees in large ones, which decides the order
// the JDK iterates them in; removals, iterator removals and resizes reshape those trees.
// expect: 24 keys, all hashing to 341674304
// expect: {AaBBAaBBAa=2, AaAaAaAaAa=0, AaAaAaAaBB=16, BBAaBBAaAa=1, BBBBBBBBAa=3, BBBBBBBBBB=19, BBBBBBAaBB=11, BBBBAaBBAa=15, BBBBAaAaBB=23, AaAaBBAaBB=4, AaAaBBAaAa=20, BBAaAaBBBB=5, BBAaAaBBAa=21, AaBBBBBBBB=6, AaBBBBBBAa=22, AaBBBBAaAa=14, AaBBAaBBBB=18, BBAaAaAaAa=13, BBBBAaAaAa=7, AaAaAaBBAa=8, BBAaBBBBAa=9, BBAaBBAaBB=17, AaBBAaAaBB=10, AaAaBBBBBB=12}
// expect: [AaBBAaBBAa, AaAaAaAaBB, BBAaBBAaAa, BBBBBBBBBB, BBBBBBAaBB, BBBBAaBBAa, BBBBAaAaBB, AaAaBBAaBB, AaAaBBAaAa, BBAaAaBBBB, AaBBBBBBAa, AaBBAaBBBB, BBAaAaAaAa, AaAaAaBBAa, BBAaBBBBAa, AaAaBBBBBB]
// expect: [960, 448, 192, 0, 64, 128, 256, 320, 384, 512, 576, 640, 704, 768, 832, 896, 1024, 1088, 1152, 1216, 1280, 1344, 1408, 1472, 1536, 1600, 1664, 1728, 1792, 1856, 1920, 1984, 2048, 2112, 2176, 2240, 2304, 2368, 2432, 2496]
// expect: 140 v1 w
// expect: 768 0 256 512 1024 1280 1536 1792 2048 2304 100097 100096 100099 100098 832 64 320 576 1088 1344 1600 1856 2112 2368 896 128 384 640 1152 1408 1664 1920 2176 2432 100001 100000 100003 100002 100005 100004 100007 100006 100009 100008 100011
// expect: 0 512 1280 1792 2304 66304 67584 67840 65536 65792 66048 66560 66816 67072 67328 64 576 1344 1856 2368 128 640 1408 1920 2432 66432 65664 65920 66176 66688 66944 67200 67456 67712 67968 1216 448 704 1984 2496
// expect: 48 BBAaAaAaAaAa AaBBAaAaAaAa BBBBAaAaAaAa BBBBAaAaBBAa BBBBAaAaBBBB BBBBAaAaAaBB BBAaBBBBAaAa BBAaBBBBBBAa BBAaBBBBBBBB BBAaBBBBAaBB BBAaBBAaBBAa BBAaBBAaBBBB
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;

public class HashMapCollisions {
    static String collide(int n, int len) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < len; i++) sb.append(((n >> i) & 1) == 0 ? "Aa" : "BB");
        return sb.toString();
    }

    public static void main(String[] args) {
        Map<String, Integer> same = new HashMap<>();
        for (int i = 0; i < 24; i++) same.put(collide(i * 5 % 32, 5), i);
        System.out.println(same.size() + " keys, all hashing to " + "AaAaAaAaAa".hashCode());
        System.out.println(same);
        for (int i = 0; i < 32; i += 3) same.remove(collide(i, 5));
        System.out.println(same.keySet());
        Map<Integer, String> ints = new HashMap<>();
        for (int i = 0; i < 40; i++) ints.put(i * 64, "v" + i);
        System.out.println(ints.keySet());
        for (int i = 0; i < 100; i++) ints.put(100000 + i, "w");
        System.out.println(ints.keySet().size() + " " + ints.get(64) + " " + ints.get(100050));
        StringBuilder firstKeys = new StringBuilder();
        int shown = 0;
        for (Integer k : ints.keySet()) {
            if (shown++ < 45) firstKeys.append(k).append(' ');
        }
        System.out.println(firstKeys.toString().trim());
        Iterator<Integer> it = ints.keySet().iterator();
        int n = 0;
        while (it.hasNext()) {
            it.next();
            if (n++ % 2 == 0) it.remove();
        }
        for (int i = 0; i < 20; i++) ints.put(i * 128 + 64 * 1024, "x");
        StringBuilder rest = new StringBuilder();
        for (Integer k : ints.keySet()) if (k < 100000) rest.append(k).append(' ');
        System.out.println(rest.toString().trim());
        Set<String> set = new HashSet<>();
        for (int i = 0; i < 64; i++) set.add(collide(i, 6));
        for (int i = 0; i < 64; i += 4) set.remove(collide(i, 6));
        StringBuilder sb = new StringBuilder();
        int count = 0;
        for (String s : set) if (count++ < 12) sb.append(s).append(' ');
        System.out.println(set.size() + " " + sb.toString().trim());
    }
}
