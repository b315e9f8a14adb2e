// An overriding method cannot throw broader checked exceptions than the overridden one.
class ProblemA extends Exception { }
class ProblemB extends ProblemA { }
class Base {
    void quiet() { }
    void narrow() throws ProblemA { }
}
class Derived extends Base {
    void quiet() throws ProblemA { } // expect error: quiet() in Derived cannot override quiet() in Base
    void narrow() throws ProblemB, IllegalStateException { }
}
interface Task {
    void run() throws ProblemB;
}
class Job implements Task {
    public void run() throws Exception { } // expect error: run() in Job cannot implement run() in Task
}
public class ThrowsOverride {
    public static void main(String[] args) {
    }
}
