// Modifiers in places that do not allow them, and contradictory combinations.
private class ModifierErrors2 { } // expect error: modifier private not allowed here
public class ModifierErrors { // expect error: ModifierErrors is not abstract and does not override abstract method
    abstract void noBody();
    abstract void withBody() { } // expect error: abstract methods cannot have a body
    void missing(); // expect error: missing method body, or declare abstract
    private abstract void both(); // expect error: illegal combination of modifiers: abstract and private
    final abstract static class Nested { } // expect error: illegal combination of modifiers: abstract and final
    public static void main(String[] args) {
    }
}
