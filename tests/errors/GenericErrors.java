// Generic type errors: invariance, bounds, primitive type arguments, wrong numbers of
// type arguments, generic array creation, type variables in static context.
class Box<T> {
    T value;
    static T shared; // expect error: non-static type variable T cannot be referenced from a static context
    T[] make() { return new T[3]; } // expect error: generic array creation
}
class Sorted<T extends Comparable<T>> { }
public class GenericErrors {
    public static void main(String[] args) {
        Box<String> a = new Box<Integer>(); // expect error: incompatible types: Box<Integer> cannot be converted to Box<String>
        Box<Object> b = new Box<String>(); // expect error: incompatible types: Box<String> cannot be converted to Box<Object>
        Box<int> c = null; // expect error: unexpected type
        Box<String, String> d = null; // expect error: wrong number of type arguments; required 1
        Sorted<Object> e = null; // expect error: type argument Object is not within bounds of type-variable T
        Box<String> f = new Box<>();
        Integer g = f.value; // expect error: incompatible types: String cannot be converted to Integer
        Box<? extends Number> h = new Box<Integer>();
        h.value = 5; // expect error: incompatible types: int cannot be converted to CAP#1
    }
}
