// Generic methods: type inference from arguments, explicit type arguments, generic
// static helpers on arrays, returning T, generic methods in generic classes.
// expect: b3
// expect: yes2
// expect: [a,b,c,a][2,1,3]
// expect: 2 1 2
// expect: k=1 2=v
// expect: explicit
// expect: 6
// expect: h&3 h&4
// expect: 1
public class GenericMethods {
    static <T> T first(T[] arr) { return arr[0]; }
    static <T> T pick(boolean which, T a, T b) { return which ? a : b; }
    static <T> void swap(T[] arr, int i, int j) { T t = arr[i]; arr[i] = arr[j]; arr[j] = t; }
    static <T> int count(T[] arr, T target) {
        int n = 0;
        for (T t : arr) if (t == null ? target == null : t.equals(target)) n++;
        return n;
    }
    static <K, V> String entry(K k, V v) { return k + "=" + v; }
    static <T> T identity(T t) { return t; }
    static <T> String show(T[] arr) {
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < arr.length; i++) sb.append(i == 0 ? "" : ",").append(arr[i]);
        return sb.append("]").toString();
    }
    static class Holder<T> {
        T item;
        Holder(T t) { item = t; }
        <U> String with(U other) { return item + "&" + other; }
    }
    public static void main(String[] args) {
        String[] words = {"b", "a", "c", "a"};
        Integer[] nums = {3, 1, 2};
        System.out.println(first(words) + first(nums));
        System.out.println(pick(true, "yes", "no") + pick(false, 1, 2));
        swap(words, 0, 1);
        swap(nums, 0, 2);
        System.out.println(show(words) + show(nums));
        System.out.println(count(words, "a") + " " + count(nums, 2) + " " + count(new String[]{null, "x", null}, null));
        System.out.println(entry("k", 1) + " " + entry(2, "v"));
        System.out.println(GenericMethods.<String>identity("explicit"));
        int unboxed = GenericMethods.<Integer>identity(5) + 1;
        System.out.println(unboxed);
        Holder<String> h = new Holder<>("h");
        System.out.println(h.with(3) + " " + h.<Integer>with(4));
        Object o = pick(false, "s", 1);
        System.out.println(o);
    }
}
