// hashCode values the JDK specifies and programs print: String (s[0]*31^(n-1) + ...),
// the boxes (Integer, Long, Double, Float, Boolean, Character, Short, Byte), List, Set,
// Map and Map.Entry, Arrays.hashCode, Objects.hash, and records of user classes built
// from them.
// expect: 0 97 3105 99162322 1498789909 227742 -1559201097 
// expect: -42 2 0 1073217536 -2147483648 1075838976
// expect: 1231 120 -3 7 2146959360
// expect: 30817 30817 1 3968 30817
// expect: 6 241 0
// expect: 225461 225461 110183 0
// expect: 30817 287 3969 30817 3969
// expect: 4279 true true
// expect: 1 second
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;

public class HashCodes {
    static class Key {
        final String name;
        final int id;

        Key(String name, int id) {
            this.name = name;
            this.id = id;
        }

        public int hashCode() {
            return Objects.hash(name, id);
        }

        public boolean equals(Object o) {
            return o instanceof Key && ((Key) o).name.equals(name) && ((Key) o).id == id;
        }
    }

    public static void main(String[] args) {
        String[] strs = {"", "a", "ab", "hello", "Hello, World!", "\u00e9t\u00e9", "a somewhat longer string to overflow the hash"};
        for (String s : strs) System.out.print(s.hashCode() + " ");
        System.out.println();
        System.out.println(Integer.valueOf(-42).hashCode() + " " + Long.valueOf(1L << 33).hashCode() + " " + Long.valueOf(-1).hashCode() + " " + Double.valueOf(1.5).hashCode() + " " + Double.valueOf(-0.0).hashCode() + " " + Float.valueOf(2.5f).hashCode());
        System.out.println(Boolean.TRUE.hashCode() + " " + Character.valueOf('x').hashCode() + " " + Short.valueOf((short) -3).hashCode() + " " + Byte.valueOf((byte) 7).hashCode() + " " + Double.valueOf(Double.NaN).hashCode());
        List<Integer> al = new ArrayList<>(Arrays.asList(1, 2, 3));
        List<Integer> ll = new LinkedList<>(al);
        System.out.println(al.hashCode() + " " + ll.hashCode() + " " + new ArrayList<String>().hashCode() + " " + Arrays.asList("a", null).hashCode() + " " + List.of(1, 2, 3).hashCode());
        System.out.println(new HashSet<>(al).hashCode() + " " + new TreeSet<>(Arrays.asList("x", "y")).hashCode() + " " + new HashSet<String>().hashCode());
        Map<String, Integer> m = new HashMap<>();
        m.put("one", 1);
        m.put("two", 2);
        System.out.println(m.hashCode() + " " + new TreeMap<>(m).hashCode() + " " + m.entrySet().iterator().next().hashCode() + " " + new HashMap<String, String>().hashCode());
        System.out.println(Arrays.hashCode(new int[] {1, 2, 3}) + " " + Arrays.hashCode(new long[] {1L << 40}) + " " + Arrays.hashCode(new Object[] {"a", 1}) + " " + Objects.hash(1, 2, 3) + " " + Objects.hash("a", 1));
        Key k1 = new Key("k", 1), k2 = new Key("k", 1);
        System.out.println(k1.hashCode() + " " + (k1.hashCode() == k2.hashCode()) + " " + k1.equals(k2));
        Map<Key, String> byKey = new HashMap<>();
        byKey.put(k1, "first");
        byKey.put(k2, "second");
        System.out.println(byKey.size() + " " + byKey.get(new Key("k", 1)));
    }
}
