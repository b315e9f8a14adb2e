// Overloading with class hierarchies: the static type of the argument chooses the
// overload (no dynamic dispatch on arguments), then the receiver's class chooses the
// override; overloads inherited and added in subclasses; static and instance overloads.
// expect: Vet.treat(Animal) | Vet.treat(Dog) | Vet.treat(Dog)
// expect: SpecialVet.treat(Animal) | Vet.treat(Dog) | Vet.treat(Dog)
// expect: SpecialVet.treat(Animal) | Vet.treat(Dog) | SpecialVet.treat(Puppy)
// expect: pick(Dog,Dog) pick(Dog,Dog) pick(Object,Animal) pick(Animal,Object)
// expect: inst(int) static inst(String)
class Animal {}
class Dog extends Animal {}
class Puppy extends Dog {}
class Vet {
    String treat(Animal a) { return "Vet.treat(Animal)"; }
    String treat(Dog d) { return "Vet.treat(Dog)"; }
}
class SpecialVet extends Vet {
    @Override String treat(Animal a) { return "SpecialVet.treat(Animal)"; }
    String treat(Puppy p) { return "SpecialVet.treat(Puppy)"; }
}
public class OverloadObjects {
    static String pick(Object o, Animal a) { return "pick(Object,Animal)"; }
    static String pick(Animal a, Object o) { return "pick(Animal,Object)"; }
    static String pick(Dog d, Dog e) { return "pick(Dog,Dog)"; }
    String inst(int x) { return "inst(int)"; }
    static String inst(String s) { return "static inst(String)"; }
    public static void main(String[] args) {
        Animal a = new Puppy();
        Dog d = new Puppy();
        Puppy p = new Puppy();
        Vet v = new Vet();
        Vet sv = new SpecialVet();
        SpecialVet ssv = new SpecialVet();
        System.out.println(v.treat(a) + " | " + v.treat(d) + " | " + v.treat(p));
        System.out.println(sv.treat(a) + " | " + sv.treat(d) + " | " + sv.treat(p));
        System.out.println(ssv.treat(a) + " | " + ssv.treat(d) + " | " + ssv.treat(p));
        System.out.println(pick(d, d) + " " + pick(p, p) + " " + pick(new Object(), a) + " " + pick(a, "x"));
        System.out.println(new OverloadObjects().inst(1) + " " + inst("s"));
    }
}
