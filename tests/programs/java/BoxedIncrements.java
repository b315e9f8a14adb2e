// ++, -- and compound assignments on Integer variables, fields, array elements and
// through method results: each creates a new box, identity changes beyond the cache.
// expect: 2 128
// expect: false true
// expect: NPE incrementing a null box
// expect: 14
// expect: 126 127 128 127
// expect: 30 1
// expect: 50
// expect: 58
public class BoxedIncrements {
    static Integer counter = 0;
    Integer field = 126;
    public static void main(String[] args) {
        Integer[] arr = {1, 127, null};
        arr[0]++;
        ++arr[1];
        System.out.println(arr[0] + " " + arr[1]);
        Integer before = arr[1];
        arr[1] += 0;
        System.out.println((before == arr[1]) + " " + before.equals(arr[1]));
        try {
            arr[2]++;
        } catch (NullPointerException e) {
            System.out.println("NPE incrementing a null box");
        }
        for (int k = 0; k < 5; k++) counter++;
        counter *= 3;
        counter -= 1;
        System.out.println(counter);
        BoxedIncrements b = new BoxedIncrements();
        Integer old = b.field++;
        System.out.println(old + " " + b.field + " " + (++b.field) + " " + (b.field-- - 1));
        int idx = 0;
        Integer[] vals = {10, 20};
        vals[idx++] += vals[idx];
        System.out.println(vals[0] + " " + idx);
        Integer acc = 0;
        for (Integer v : vals) acc += v;
        System.out.println(acc);
        Integer shift = 1;
        shift <<= 10;
        shift >>= 2;
        shift |= 1;
        shift ^= 3;
        shift %= 100;
        System.out.println(shift);
    }
}
