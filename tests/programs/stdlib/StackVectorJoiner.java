// Stack (push, pop, peek, empty, search, EmptyStackException), Vector's legacy methods,
// StringJoiner (prefix, suffix, empty value, merge) and Optional.
// expect: [1, 4, 9, 16, 25] peek=25 search(4)=4 search(7)=-1 size=5
// expect: 25 16 [1, 4, 9] false 1
// expect: EmptyStackException null
// expect: true false false true true 
// expect: [z, a, b, c] z c a 2 10
// expect: [a, B, c] 3
// expect: {} 2
// expect: EMPTY
// expect: {one, two, three} 17
// expect: {one, two, three, x-y} a
// expect: Optional[value] Optional.empty true true value default false
// expect: true true
import java.util.EmptyStackException;
import java.util.Optional;
import java.util.Stack;
import java.util.StringJoiner;
import java.util.Vector;

public class StackVectorJoiner {
    static boolean balanced(String s) {
        Stack<Character> st = new Stack<>();
        for (char c : s.toCharArray()) {
            if (c == '(' || c == '[' || c == '{') st.push(c);
            else if (c == ')' || c == ']' || c == '}') {
                if (st.empty()) return false;
                char open = st.pop();
                if ((c == ')' && open != '(') || (c == ']' && open != '[') || (c == '}' && open != '{')) return false;
            }
        }
        return st.isEmpty();
    }

    public static void main(String[] args) {
        Stack<Integer> s = new Stack<>();
        for (int i = 1; i <= 5; i++) s.push(i * i);
        System.out.println(s + " peek=" + s.peek() + " search(4)=" + s.search(4) + " search(7)=" + s.search(7) + " size=" + s.size());
        System.out.println(s.pop() + " " + s.pop() + " " + s + " " + s.empty() + " " + s.get(0));
        try {
            new Stack<String>().pop();
        } catch (EmptyStackException e) {
            System.out.println("EmptyStackException " + e.getMessage());
        }
        String[] exprs = {"(a[b]{c})", "(]", "((", "{[()()]}", ""};
        for (String e : exprs) System.out.print(balanced(e) + " ");
        System.out.println();
        Vector<String> v = new Vector<>();
        v.addElement("a");
        v.addElement("b");
        v.insertElementAt("z", 0);
        v.add("c");
        System.out.println(v + " " + v.firstElement() + " " + v.lastElement() + " " + v.elementAt(1) + " " + v.indexOf("b") + " " + v.capacity());
        v.removeElementAt(0);
        v.setElementAt("B", 1);
        System.out.println(v + " " + v.size());
        StringJoiner sj = new StringJoiner(", ", "{", "}");
        System.out.println(sj + " " + sj.length());
        sj.setEmptyValue("EMPTY");
        System.out.println(sj);
        sj.add("one").add("two").add("three");
        System.out.println(sj + " " + sj.length());
        StringJoiner other = new StringJoiner("-");
        other.add("x").add("y");
        sj.merge(other);
        System.out.println(sj + " " + new StringJoiner("/").add("a").toString());
        Optional<String> some = Optional.of("value");
        Optional<String> none = Optional.empty();
        System.out.println(some + " " + none + " " + some.isPresent() + " " + none.isEmpty() + " " + some.get() + " " + none.orElse("default") + " " + Optional.ofNullable(null).isPresent());
        System.out.println(some.equals(Optional.of("value")) + " " + none.equals(Optional.ofNullable(null)));
    }
}
