// Interface fields are implicitly final and static.
interface Limits {
    int MAX = 10;
}
class Impl implements Limits {
    void change() {
        MAX = 11; // expect error: cannot assign a value to final variable MAX
    }
}
public class InterfaceConstAssign {
    public static void main(String[] args) {
        Limits.MAX++; // expect error: cannot assign a value to final variable MAX
        Impl i = new Impl();
        i.change();
    }
}
