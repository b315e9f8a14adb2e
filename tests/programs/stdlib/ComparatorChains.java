// Comparators without lambdas: named classes, Comparator.comparing with a Function class,
// thenComparing, comparingInt, reversed, naturalOrder/reverseOrder, nullsFirst/nullsLast,
// Map.Entry.comparingByValue/comparingByKey, used with List.sort, Arrays.sort, TreeMap.
// expect: [Bob(25,Lima), Cid(31,Lima), Dee(19,Oslo), Eve(25,Oslo), Ann(31,Oslo)]
// expect: [Ann(31,Oslo), Cid(31,Lima), Bob(25,Lima), Eve(25,Oslo), Dee(19,Oslo)]
// expect: [Eve(25,Oslo), Dee(19,Oslo), Cid(31,Lima), Bob(25,Lima), Ann(31,Oslo)]
// expect: [null, null, apple, fig, pear]
// expect: [pear, fig, apple, null, null]
// expect: [ann=90, cid=90, bob=75, dee=60]
// expect: [Apple, apple, banana, Banana, cherry]
// expect: [Apple, Banana, apple, banana, cherry]
// expect: {Apple=5, apple=5, Banana=6, banana=6, cherry=6} Apple
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.ToIntFunction;

public class ComparatorChains {
    static class Person {
        final String name;
        final int age;
        final String city;

        Person(String name, int age, String city) {
            this.name = name;
            this.age = age;
            this.city = city;
        }

        public String toString() {
            return name + "(" + age + "," + city + ")";
        }
    }

    static class City implements Function<Person, String> {
        public String apply(Person p) {
            return p.city;
        }
    }

    static class Age implements ToIntFunction<Person> {
        public int applyAsInt(Person p) {
            return p.age;
        }
    }

    static class Name implements Function<Person, String> {
        public String apply(Person p) {
            return p.name;
        }
    }

    public static void main(String[] args) {
        List<Person> people = new ArrayList<>();
        people.add(new Person("Ann", 31, "Oslo"));
        people.add(new Person("Bob", 25, "Lima"));
        people.add(new Person("Cid", 31, "Lima"));
        people.add(new Person("Dee", 19, "Oslo"));
        people.add(new Person("Eve", 25, "Oslo"));
        people.sort(Comparator.comparing(new City()).thenComparingInt(new Age()));
        System.out.println(people);
        people.sort(Comparator.comparingInt(new Age()).reversed().thenComparing(new Name()));
        System.out.println(people);
        people.sort(Comparator.comparing(new Name(), Comparator.reverseOrder()));
        System.out.println(people);
        List<String> withNulls = new ArrayList<>(Arrays.asList("pear", null, "apple", null, "fig"));
        withNulls.sort(Comparator.nullsFirst(Comparator.<String>naturalOrder()));
        System.out.println(withNulls);
        withNulls.sort(Comparator.nullsLast(Comparator.<String>reverseOrder()));
        System.out.println(withNulls);
        Map<String, Integer> scores = new HashMap<>();
        scores.put("ann", 90);
        scores.put("bob", 75);
        scores.put("cid", 90);
        scores.put("dee", 60);
        List<Map.Entry<String, Integer>> entries = new ArrayList<>(scores.entrySet());
        entries.sort(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.<String, Integer>comparingByKey()));
        System.out.println(entries);
        String[] words = {"banana", "Apple", "cherry", "apple", "Banana"};
        Arrays.sort(words, String.CASE_INSENSITIVE_ORDER);
        System.out.println(Arrays.toString(words));
        Arrays.sort(words, Comparator.<String>naturalOrder());
        System.out.println(Arrays.toString(words));
        TreeMap<String, Integer> byLength = new TreeMap<>(Comparator.comparingInt(new Length()).thenComparing(Comparator.<String>naturalOrder()));
        for (String w : words) byLength.put(w, w.length());
        System.out.println(byLength + " " + byLength.firstKey());
    }

    static class Length implements ToIntFunction<String> {
        public int applyAsInt(String s) {
            return s.length();
        }
    }
}
