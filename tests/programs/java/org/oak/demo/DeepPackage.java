// A class in a multi-level package with nested classes and an interface; the package
// shows in class names and in exception messages; the uncaught exception names it.
// expect: -7 7
// expect: org.oak.demo.DeepPackage$Sq
// expect: org.oak.demo.DeepPackage
// expect: org.oak.demo.DeepPackage$InvalidShape: side 0
// expect runtime error: org.oak.demo.DeepPackage$InvalidShape: side -1
// expect stderr: at org.oak.demo.DeepPackage.make(DeepPackage.java:29)
// expect stderr: at org.oak.demo.DeepPackage.main(DeepPackage.java:42)
package org.oak.demo;

import java.lang.Comparable;

interface Shape extends Comparable<Shape> {
    int area();
    default int compareTo(Shape o) { return area() - o.area(); }
}

public class DeepPackage {
    static class Sq implements Shape {
        final int s;
        Sq(int s) { this.s = s; }
        public int area() { return s * s; }
    }
    static class InvalidShape extends IllegalArgumentException {
        InvalidShape(String m) { super(m); }
    }
    static Sq make(int s) {
        if (s <= 0) throw new InvalidShape("side " + s);
        return new Sq(s);
    }
    public static void main(String[] args) {
        Shape a = make(3), b = make(4);
        System.out.println(a.compareTo(b) + " " + b.compareTo(a));
        System.out.println(a.getClass().getName());
        System.out.println(new DeepPackage().getClass().getName());
        try {
            make(0);
        } catch (InvalidShape e) {
            System.out.println(e);
        }
        make(-1);
    }
}
