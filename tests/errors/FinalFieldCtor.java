// A blank final field must be assigned by every constructor, exactly once.
public class FinalFieldCtor {
    final int x;
    final String name;
    FinalFieldCtor() {
        x = 1;
        name = "a";
    }
    FinalFieldCtor(int v) {
        if (v > 0) x = v;
        name = "b";
    } // expect error: variable x might not have been initialized
    FinalFieldCtor(String n) {
        this();
        x = 5; // expect error: variable x might already have been assigned
    }
    public static void main(String[] args) {
    }
}
