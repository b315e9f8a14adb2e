// HashMap and HashSet iterate in the JDK's order, which follows from the table layout
// (hash spread h ^ h >>> 16, power-of-two tables from 16, resizing at 3/4 full, chains
// split in order): integer, string and mixed keys, growth through several resizes,
// removals and re-insertions, a map built from another, HashSet(Collection) sizing.
// expect: {banana=1, date=3, papaya=13, cherry=2, raspberry=15, kiwi=8, nectarine=11, fig=5, grape=6, elderberry=4, mango=10, orange=12, apple=0, honeydew=7, lemon=9, quince=14}
// expect: [banana, date, papaya, cherry, raspberry, kiwi, nectarine, fig, grape, elderberry, mango, orange, apple, honeydew, lemon, quince]
// expect: [1, 3, 13, 2, 15, 8, 11, 5, 6, 4, 10, 12, 0, 7, 9, 14]
// expect: {-1=v7, 132=v26, 69=v17, 6=v8, -8=v6, 139=v27, 76=v18, 13=v9, -15=v5, 146=v28, 83=v19, 20=v10, -22=v4, 153=v29, 90=v20, 27=v11, -29=v3, 97=v21, 34=v12, -36=v2, 104=v22, 41=v13, -43=v1, 111=v23, 48=v14, -50=v0, 118=v24, 55=v15, 125=v25, 62=v16}
// expect: 0 775 519 263 7 527 271 15 790 279 23 798 542 31 806 550 294 38 558 302 46 821 310 54 829 573 62 837 581 325 69 589 333 77 852 341 85 860 604 93 868 612 356 620 364 108 883 372 116 891 635 124 899 643 387 651 395 139 914 403 147 922 666 155 930 674 418 682 426 170 945 434 178 953 697 186 961 705 449 713 457 201 976 465 209 984 728 217 992 736 480 744 488 232 496 240 759 248 767 511
// expect: [0, 775, 519, 263, 7, 527, 271, 15, 798, 542, 31, 806, 550, 294, 38, 9000, 821, 310, 54, 829, 573, 62, 8000, 589, 333, 77, 852, 341, 85, 7000, 868, 612, 356, 620, 364, 108, 6000, 891, 635, 124, 899, 643, 387, 5000, 914, 403, 147, 922, 666, 155, 4000, 682, 426, 170, 945, 434, 178, 3000, 961, 705, 449, 713, 457, 201, 2000, 984, 728, 217, 992, 736, 480, 1000, 496, 240, 759, 248]
// expect: [the, times, of, was, best, worst, it, age, wisdom] 9
// expect: [ , r, d, e, w, h, l, o]
// expect: [1.0, null, 1, 1, 1, 1, true] 7 true
// expect: {banana=1, date=3, papaya=13, cherry=2, raspberry=15, kiwi=8, nectarine=11, fig=5, grape=6, zucchini=99, elderberry=4, mango=10, orange=12, honeydew=7, lemon=9, quince=14}
// expect: [64, 48, 33, 17, 2, 100, 5, 1000]
// expect: {1=1, 2565726409=98ede0c9, 37=25, 69343957=4221ad5, 1369=559, 94931877133=161a617d0d, 50653=c5dd, 1874161=1c98f1}
// expect: {Aa=x, BB=y, C#=z} 2112 2112
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

public class HashMapOrder {
    public static void main(String[] args) {
        Map<String, Integer> fruit = new HashMap<>();
        String[] names = {"apple", "banana", "cherry", "date", "elderberry", "fig", "grape", "honeydew", "kiwi", "lemon", "mango", "nectarine", "orange", "papaya", "quince", "raspberry"};
        for (int i = 0; i < names.length; i++) fruit.put(names[i], i);
        System.out.println(fruit);
        System.out.println(fruit.keySet());
        System.out.println(fruit.values());
        Map<Integer, String> nums = new HashMap<>();
        for (int i = 0; i < 30; i++) nums.put(i * 7 - 50, "v" + i);
        System.out.println(nums);
        Map<Integer, Integer> big = new HashMap<>();
        for (int i = 0; i < 100; i++) big.put((i * 31) % 1000, i);
        StringBuilder sb = new StringBuilder();
        for (Map.Entry<Integer, Integer> e : big.entrySet()) sb.append(e.getKey()).append(' ');
        System.out.println(sb.toString().trim());
        for (int i = 0; i < 100; i += 3) big.remove((i * 31) % 1000);
        for (int i = 0; i < 10; i++) big.put(i * 1000, -i);
        System.out.println(big.keySet());
        Set<String> words = new HashSet<>();
        for (String w : "it was the best of times it was the worst of times it was the age of wisdom".split(" ")) words.add(w);
        System.out.println(words + " " + words.size());
        Set<Character> letters = new HashSet<>();
        for (char c : "hello world".toCharArray()) letters.add(c);
        System.out.println(letters);
        Set<Object> mixed = new HashSet<>();
        mixed.add(1);
        mixed.add("1");
        mixed.add(1L);
        mixed.add(1.0);
        mixed.add('1');
        mixed.add(null);
        mixed.add(true);
        System.out.println(mixed + " " + mixed.size() + " " + mixed.contains(null));
        Map<String, Integer> copy = new HashMap<>(fruit);
        copy.put("zucchini", 99);
        copy.remove("apple");
        System.out.println(copy);
        Set<Integer> fromList = new HashSet<>(java.util.Arrays.asList(100, 33, 17, 64, 2, 1000, 48, 5));
        System.out.println(fromList);
        Map<Long, String> longs = new HashMap<>();
        for (long k = 1; k < 1L << 40; k *= 37) longs.put(k, Long.toHexString(k));
        System.out.println(longs);
        Map<String, String> small = new HashMap<>(2);
        small.put("Aa", "x");
        small.put("BB", "y");
        small.put("C#", "z");
        System.out.println(small + " " + "Aa".hashCode() + " " + "BB".hashCode());
    }
}
