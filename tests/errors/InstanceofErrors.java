// instanceof and casts between provably unrelated types.
final class Leaf { }
class Tree { }
public class InstanceofErrors {
    public static void main(String[] args) {
        String s = "x";
        boolean a = s instanceof Integer; // expect error: incompatible types: String cannot be converted to Integer
        Leaf l = new Leaf();
        boolean b = l instanceof Runnable; // expect error: incompatible types: Leaf cannot be converted to Runnable
        Tree t = new Tree();
        boolean c = t instanceof Runnable;
        Tree u = (Tree) (Object) l;
        Leaf v = (Leaf) t; // expect error: incompatible types: Tree cannot be converted to Leaf
        int i = 5;
        boolean d = i instanceof Integer; // expect error: unexpected type
    }
}
