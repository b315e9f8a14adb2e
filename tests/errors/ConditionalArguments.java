// A reference conditional expression passed to a method is a poly expression (JLS
// 15.25): each branch must fit the parameter, and a branch that does not is reported.
interface Box<T> {
    T get();
}

public class ConditionalArguments {
    static void take(Box<Integer> b) {
    }

    static void two(Box<Integer> b) {
    }

    static void two(String s, int n) {
    }

    static void lower(Box<? super Integer> b) {
    }

    public static void main(String[] args) {
        boolean c = args.length > 0;
        Box<Integer> bi = null;
        Box<? super Integer> bs = null;
        Box<Object> bo = null;
        take(c ? bi : null);
        lower(c ? bs : bi);
        lower(c ? bo : (c ? bi : bs));
        take(c ? bi : "x"); // expect error: incompatible types: bad type in conditional expression
        two(c ? bo : bi); // expect error: incompatible types: bad type in conditional expression
    }
}
