// Cyclic inheritance, classes where interfaces are expected and the reverse.
class Loop1 extends Loop2 { } // expect error: cyclic inheritance involving Loop1
class Loop2 extends Loop1 { }
interface Iface { }
class Plain { }
class WrongImpl implements Plain { } // expect error: interface expected here
class WrongExt extends Iface { } // expect error: no interface expected here
interface IExt extends Plain { } // expect error: interface expected here
public class ClassHierarchyErrors {
    public static void main(String[] args) {
    }
}
