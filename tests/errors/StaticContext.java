// Instance members used from static code.
public class StaticContext {
    int count;
    void bump() { count++; }
    public static void main(String[] args) {
        count = 1; // expect error: non-static variable count cannot be referenced from a static context
        bump(); // expect error: non-static method bump() cannot be referenced from a static context
        System.out.println(this.count); // expect error: non-static variable this cannot be referenced from a static context
    }
    static int helper() {
        return count; // expect error: non-static variable count cannot be referenced from a static context
    }
}
