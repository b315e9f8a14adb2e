// Static nested classes: instantiation by qualified name, nesting two levels deep,
// static members, nested interfaces, access to the outer class's private statics,
// same simple name in different outer classes.
// expect: 1->2->3
// expect: 2->3
// expect: 6 3
// expect: Other.Node
// expect: 5
// expect: StaticNested$Node
// expect: StaticNested$Node$Printer
public class StaticNested {
    private static int outerCount = 0;
    static class Node {
        int value;
        Node next;
        Node(int v, Node n) { value = v; next = n; outerCount++; }
        static class Printer {
            static String print(Node n) {
                StringBuilder sb = new StringBuilder();
                for (; n != null; n = n.next) sb.append(n.value).append(n.next != null ? "->" : "");
                return sb.toString();
            }
        }
    }
    interface Visitor {
        void visit(int v);
    }
    static class Summer implements Visitor {
        int sum;
        public void visit(int v) { sum += v; }
    }
    static void walk(Node n, Visitor v) {
        while (n != null) { v.visit(n.value); n = n.next; }
    }
    static class Other {
        static class Node { String tag = "Other.Node"; }
    }
    public static void main(String[] args) {
        Node list = new Node(1, new Node(2, new StaticNested.Node(3, null)));
        System.out.println(Node.Printer.print(list));
        System.out.println(StaticNested.Node.Printer.print(list.next));
        Summer s = new Summer();
        walk(list, s);
        System.out.println(s.sum + " " + outerCount);
        Other.Node on = new Other.Node();
        System.out.println(on.tag);
        StaticNested.Visitor v = new StaticNested.Summer();
        v.visit(5);
        System.out.println(((Summer) v).sum);
        System.out.println(new Node(9, null).getClass().getName());
        System.out.println(new Node.Printer().getClass().getName());
    }
}
