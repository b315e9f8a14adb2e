// ArrayList: add/get/set/remove by index and by value (remove(int) versus
// remove(Object)), insert, addAll, indexOf/lastIndexOf, contains, subList views, clear,
// toArray, equals/hashCode with other lists, iteration with a ListIterator, sort,
// removeIf and replaceAll through named classes, a list of lists.
// expect: [10, 20, 30, 40, 50, 60, 70, 80, 90, 100] size=10 get(3)=40
// expect: [5, 11, 20, 30, 40, 50, 60, 70, 80, 90, 100, 200]
// expect: [11, 20, 30, 40, 50, 60, 70, 80, 90, 100] false
// expect: 4 4 true false false
// expect: [11, 20, -1, -2, 30, 40, 50, 60, 70, 80, 90, 100, 1, 2, 3]
// expect: [-1, -2, 30, 40] 4 -1
// expect: [11, 20, 999, 30, 40, 50, 60, 70, 80, 90, 100, 1, 2, 3]
// expect: [11, 20, 50, 60, 70, 80, 90, 100, 1, 2, 3] 11
// expect: [11, 1, 3]
// expect: [33, 3, 9]
// expect: [33, 9, 3]
// expect: [3, 9, 33]
// expect: [3, -5, 9, 33]
// expect: 33 9 -5 3 
// expect: 4 4 10 null 3
// expect: true true true 1008401
// expect: false true
// expect: [[a0, a1, a2], [b0, b1, b2], [c0, c1, c2]] b2
// expect: [] 0 true
// expect: [y] true
// expect: 100000 4999950000
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedList;
import java.util.List;
import java.util.ListIterator;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

public class ArrayListOps {
    static class IsEven implements Predicate<Integer> {
        public boolean test(Integer x) {
            return x % 2 == 0;
        }
    }

    static class Triple implements UnaryOperator<Integer> {
        public Integer apply(Integer x) {
            return x * 3;
        }
    }

    static class Descending implements Comparator<Integer> {
        public int compare(Integer a, Integer b) {
            return b - a;
        }
    }

    public static void main(String[] args) {
        List<Integer> list = new ArrayList<>();
        for (int i = 1; i <= 10; i++) list.add(i * 10);
        System.out.println(list + " size=" + list.size() + " get(3)=" + list.get(3));
        list.add(0, 5);
        list.add(list.size(), 200);
        list.set(1, 11);
        System.out.println(list);
        list.remove(0);
        list.remove(Integer.valueOf(200));
        System.out.println(list + " " + list.remove(Integer.valueOf(999)));
        System.out.println(list.indexOf(50) + " " + list.lastIndexOf(50) + " " + list.contains(70) + " " + list.contains(71) + " " + list.isEmpty());
        list.addAll(Arrays.asList(1, 2, 3));
        list.addAll(2, Arrays.asList(-1, -2));
        System.out.println(list);
        List<Integer> view = list.subList(2, 6);
        System.out.println(view + " " + view.size() + " " + view.get(0));
        view.set(0, 999);
        view.remove(1);
        System.out.println(list);
        view.clear();
        System.out.println(list + " " + list.size());
        list.removeIf(new IsEven());
        System.out.println(list);
        list.replaceAll(new Triple());
        System.out.println(list);
        list.sort(new Descending());
        System.out.println(list);
        list.sort(null);
        System.out.println(list);
        ListIterator<Integer> it = list.listIterator();
        while (it.hasNext()) {
            int idx = it.nextIndex();
            int v = it.next();
            if (v > 100) it.set(v - 100);
            if (idx == 0) it.add(-5);
        }
        System.out.println(list);
        while (it.hasPrevious()) System.out.print(it.previous() + " ");
        System.out.println();
        Object[] arr = list.toArray();
        Integer[] typed = list.toArray(new Integer[0]);
        Integer[] big = list.toArray(new Integer[10]);
        System.out.println(arr.length + " " + typed.length + " " + big.length + " " + big[list.size()] + " " + typed[0]);
        List<Integer> copy = new ArrayList<>(list);
        LinkedList<Integer> linked = new LinkedList<>(list);
        System.out.println(copy.equals(list) + " " + list.equals(linked) + " " + (copy.hashCode() == linked.hashCode()) + " " + copy.hashCode());
        copy.add(1);
        System.out.println(copy.equals(list) + " " + new ArrayList<String>().equals(new LinkedList<Integer>()));
        List<List<String>> grid = new ArrayList<>();
        for (int r = 0; r < 3; r++) {
            List<String> row = new ArrayList<>();
            for (int c = 0; c < 3; c++) row.add("" + (char) ('a' + r) + c);
            grid.add(row);
        }
        System.out.println(grid + " " + grid.get(1).get(2));
        list.clear();
        System.out.println(list + " " + list.size() + " " + list.isEmpty());
        List<String> strings = new ArrayList<>(List.of("x", "y", "z"));
        strings.retainAll(Arrays.asList("y", "z", "w"));
        strings.removeAll(List.of("z"));
        System.out.println(strings + " " + strings.containsAll(List.of("y")));
        ArrayList<Integer> big2 = new ArrayList<>(3);
        for (int i = 0; i < 100000; i++) big2.add(i);
        long sum = 0;
        for (int x : big2) sum += x;
        System.out.println(big2.size() + " " + sum);
    }
}
