// this: qualifying fields shadowed by parameters and locals, passing this, returning
// this for chaining, this in constructors and initializers.
// expect: widget:3
// expect: true
// expect: 3 1
// expect: param 5, field 1
// expect: sum 6
// expect: 5
class Builder {
    private String name = "";
    private int size;
    private Builder self = this;
    Builder name(String name) { this.name = name; return this; }
    Builder size(int size) { this.size = size; return this; }
    boolean selfOk() { return self == this; }
    String build() { return name + ":" + size; }
}
class Node {
    int value;
    Node parent;
    Node(int value) { this.value = value; }
    Node child(int value) { Node n = new Node(value); n.parent = this; return n; }
    int depth() { int d = 0; for (Node n = this; n.parent != null; n = n.parent) d++; return d; }
}
public class ThisKeyword {
    int x = 1;
    void shadow(int x) {
        System.out.println("param " + x + ", field " + this.x);
        {
            int y = x + this.x;
            System.out.println("sum " + y);
        }
        this.x = x;
    }
    public static void main(String[] args) {
        System.out.println(new Builder().name("widget").size(3).build());
        System.out.println(new Builder().selfOk());
        Node root = new Node(0);
        Node leaf = root.child(1).child(2).child(3);
        System.out.println(leaf.depth() + " " + leaf.parent.parent.value);
        ThisKeyword t = new ThisKeyword();
        t.shadow(5);
        System.out.println(t.x);
    }
}
