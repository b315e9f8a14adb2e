// instanceof and reference casts: classes, interfaces, arrays, null; upcasts and
// downcasts; ClassCastException when the cast is wrong.
// expect: OFB----
// expect: OFBP---
// expect: OF-----
// expect: O------
// expect: O---S-C
// expect: O----A-
// expect: -------
// expect: cannot cannot
// expect: null casts fine: null
// expect: cast to Bird ok: true
// expect: cast to Penguin fails
// expect: cast to Plane fails
// expect: cast to Rock fails
// expect: cast to Flier ok: true
// expect: cast to String fails
// expect: String[] -> Object[] ok 1
// expect: String[] -> Integer[] fails
// expect: false
// expect: cannot
interface Flier { String fly(); }
class Bird implements Flier { public String fly() { return "flap"; } }
class Penguin extends Bird { public String fly() { return "cannot"; } }
class Plane implements Flier { public String fly() { return "zoom"; } }
class Rock {}
public class InstanceofCasts {
    static String test(Object o) {
        StringBuilder sb = new StringBuilder();
        sb.append(o instanceof Object ? "O" : "-");
        sb.append(o instanceof Flier ? "F" : "-");
        sb.append(o instanceof Bird ? "B" : "-");
        sb.append(o instanceof Penguin ? "P" : "-");
        sb.append(o instanceof String ? "S" : "-");
        sb.append(o instanceof Object[] ? "A" : "-");
        sb.append(o instanceof Comparable ? "C" : "-");
        return sb.toString();
    }
    public static void main(String[] args) {
        Object[] things = {new Bird(), new Penguin(), new Plane(), new Rock(), "str", new String[0], null};
        for (Object t : things) System.out.println(test(t));
        Object o = new Penguin();
        Bird b = (Bird) o;
        Flier f = (Flier) o;
        System.out.println(b.fly() + " " + f.fly());
        Object nul = null;
        Bird nb = (Bird) nul;
        System.out.println("null casts fine: " + nb);
        String[] casts = {"Bird", "Penguin", "Plane", "Rock", "Flier", "String"};
        Object bird = new Bird();
        for (String target : casts) {
            try {
                Object res;
                switch (target) {
                    case "Bird": res = (Bird) bird; break;
                    case "Penguin": res = (Penguin) bird; break;
                    case "Plane": res = (Plane) bird; break;
                    case "Rock": res = (Rock) bird; break;
                    case "Flier": res = (Flier) bird; break;
                    default: res = (String) bird;
                }
                System.out.println("cast to " + target + " ok: " + (res == bird));
            } catch (ClassCastException e) {
                System.out.println("cast to " + target + " fails");
            }
        }
        try {
            Object strs = new String[]{"a"};
            Object[] objs = (Object[]) strs;
            System.out.println("String[] -> Object[] ok " + objs.length);
            Integer[] ints = (Integer[]) strs;
            System.out.println(ints.length);
        } catch (ClassCastException e) {
            System.out.println("String[] -> Integer[] fails");
        }
        Flier fl = new Plane();
        System.out.println(fl instanceof Bird);
        Bird bb = new Penguin();
        System.out.println(((Penguin) bb).fly());
    }
}
