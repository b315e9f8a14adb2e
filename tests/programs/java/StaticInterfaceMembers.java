// Static interface methods are not inherited (JLS 8.4.8): inside a member class that
// implements an interface with a static copyOf, an unqualified copyOf(...) is the
// enclosing class's, as in java.util.Arrays.ArrayList (List.copyOf is no member of it).
// Inside the interface and its member classes the interface's own method is found.
// expect: outer copyOf(3, 6)
// expect: outer copyOf(Seq 3)
// expect: Seq.copyOf(3)
// expect: Seq.copyOf(3)
// expect: Seq.copyOf(0) Seq.copyOf(0)
public class StaticInterfaceMembers {
    interface Seq {
        int size();

        static String copyOf(Seq s) {
            return "Seq.copyOf(" + s.size() + ")";
        }

        default String copy() {
            return copyOf(this);
        }

        class Empty implements Seq {
            public int size() {
                return 0;
            }

            String viaInterface() {
                return copyOf(this);
            }
        }
    }

    static String copyOf(int[] a, int n) {
        return "outer copyOf(" + a.length + ", " + n + ")";
    }

    static String copyOf(Seq s) {
        return "outer copyOf(Seq " + s.size() + ")";
    }

    static final class IntSeq implements Seq {
        private final int[] a;

        IntSeq(int[] a) {
            this.a = a;
        }

        public int size() {
            return a.length;
        }

        String grow() {
            return copyOf(a, a.length * 2);
        }

        String self() {
            return copyOf(this);
        }
    }

    public static void main(String[] args) {
        IntSeq s = new IntSeq(new int[] {1, 2, 3});
        System.out.println(s.grow());
        System.out.println(s.self());
        System.out.println(s.copy());
        System.out.println(Seq.copyOf(s));
        System.out.println(new Seq.Empty().viaInterface() + " " + new Seq.Empty().copy());
    }
}
