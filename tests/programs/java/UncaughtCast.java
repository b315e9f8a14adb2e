// An uncaught ClassCastException between user classes.
// expect: dog ok true
// expect runtime error: java.lang.ClassCastException: class Cat cannot be cast to class Dog (Cat and Dog are in unnamed module of loader 'app')
// expect stderr: at UncaughtCast.main(UncaughtCast.java:14)
class Animal {}
class Dog extends Animal {}
class Cat extends Animal {}
public class UncaughtCast {
    public static void main(String[] args) {
        Animal a = new Dog();
        Dog d = (Dog) a;
        System.out.println("dog ok " + (d != null));
        Animal c = new Cat();
        Dog wrong = (Dog) c;
        System.out.println(wrong);
    }
}
