// A library system: abstract items with subclasses, an interface for borrowable items,
// members with limits, checked exceptions for rule violations, fines in cents computed
// from days, and a catalogue search.
// expect: null Book#100 'The Art of Programming'
// expect: day 0: lend ok: Book#100 'The Art of Programming' -> Ann
// expect: day 0: lend ok: DVD#102 'Hackers' -> Ann
// expect: day 0: lend refused: Ann reached the limit of 2
// expect: day 0: lend refused: The Art of Programming is already lent to Ann
// expect: day 0: lend refused: Dictionary of Computing cannot leave the library
// expect: day 12: return ok: DVD#102 'Hackers'
// expect: day 12: return refused: Hackers was not lent
// expect: day 30: return ok: Book#100 'The Art of Programming'
// expect: day 30: lend refused: Ann owes 725 cents
// expect: Ann fines 725, borrowed 0
interface Borrowable {
    int loanDays();
    long finePerDay();
}
abstract class Item {
    private static int next = 100;
    final int id;
    final String title;
    Member holder;
    int dueDay;
    Item(String title) { this.title = title; id = next++; }
    abstract String kind();
    public String toString() { return kind() + "#" + id + " '" + title + "'" + (holder == null ? "" : " -> " + holder.name); }
}
class Book extends Item implements Borrowable {
    final String author;
    Book(String t, String a) { super(t); author = a; }
    String kind() { return "Book"; }
    public int loanDays() { return 21; }
    public long finePerDay() { return 25; }
}
class Dvd extends Item implements Borrowable {
    Dvd(String t) { super(t); }
    String kind() { return "DVD"; }
    public int loanDays() { return 7; }
    public long finePerDay() { return 100; }
}
class Reference extends Item {
    Reference(String t) { super(t); }
    String kind() { return "Reference"; }
}
class Member {
    final String name;
    final int limit;
    int borrowed;
    long fines;
    Member(String n, int limit) { name = n; this.limit = limit; }
}
class LibraryException extends Exception {
    LibraryException(String m) { super(m); }
}
class Library {
    final Item[] items = new Item[16];
    int n;
    int today;
    void add(Item i) { items[n++] = i; }
    Item find(String word) {
        for (int i = 0; i < n; i++) {
            String t = items[i].title;
            outer:
            for (int s = 0; s + word.length() <= t.length(); s++) {
                for (int k = 0; k < word.length(); k++) if (t.charAt(s + k) != word.charAt(k)) continue outer;
                return items[i];
            }
        }
        return null;
    }
    void lend(Item item, Member m) throws LibraryException {
        if (!(item instanceof Borrowable)) throw new LibraryException(item.title + " cannot leave the library");
        if (item.holder != null) throw new LibraryException(item.title + " is already lent to " + item.holder.name);
        if (m.borrowed >= m.limit) throw new LibraryException(m.name + " reached the limit of " + m.limit);
        if (m.fines > 500) throw new LibraryException(m.name + " owes " + m.fines + " cents");
        item.holder = m;
        item.dueDay = today + ((Borrowable) item).loanDays();
        m.borrowed++;
    }
    void giveBack(Item item) throws LibraryException {
        Member m = item.holder;
        if (m == null) throw new LibraryException(item.title + " was not lent");
        int late = today - item.dueDay;
        if (late > 0) m.fines += late * ((Borrowable) item).finePerDay();
        item.holder = null;
        m.borrowed--;
    }
}
public class LibrarySystem {
    static void attempt(Library lib, String what, Item item, Member m) {
        try {
            if (what.equals("lend")) lib.lend(item, m); else lib.giveBack(item);
            System.out.println("day " + lib.today + ": " + what + " ok: " + item);
        } catch (LibraryException e) {
            System.out.println("day " + lib.today + ": " + what + " refused: " + e.getMessage());
        }
    }
    public static void main(String[] args) {
        Library lib = new Library();
        lib.add(new Book("The Art of Programming", "Knuth"));
        lib.add(new Book("Structure and Interpretation", "Abelson"));
        lib.add(new Dvd("Hackers"));
        lib.add(new Reference("Dictionary of Computing"));
        Member ann = new Member("Ann", 2), bob = new Member("Bob", 1);
        Item art = lib.find("Art"), sicp = lib.find("Interp"), dvd = lib.find("Hack"), dict = lib.find("Dictionary");
        System.out.println(lib.find("nothing") + " " + art);
        attempt(lib, "lend", art, ann);
        attempt(lib, "lend", dvd, ann);
        attempt(lib, "lend", sicp, ann);
        attempt(lib, "lend", art, bob);
        attempt(lib, "lend", dict, bob);
        lib.today = 12;
        attempt(lib, "return", dvd, null);
        attempt(lib, "return", dvd, null);
        lib.today = 30;
        attempt(lib, "return", art, null);
        attempt(lib, "lend", sicp, ann);
        System.out.println(ann.name + " fines " + ann.fines + ", borrowed " + ann.borrowed);
    }
}
