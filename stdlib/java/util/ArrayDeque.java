package java.util;

/**
 * A deque in a circular array: elements[head] is the first, elements[tail] the next free
 * slot at the end (there is always one). Null elements are refused. Iterators visit the
 * elements present when they were made, head to tail, and throw
 * ConcurrentModificationException when they meet a removed slot, as the JDK's.
 */
public class ArrayDeque<E> extends AbstractCollection<E> implements Deque<E>, Cloneable, java.io.Serializable {
    Object[] elements;
    int head;
    int tail;

    public ArrayDeque() {
        elements = new Object[16 + 1];
    }

    public ArrayDeque(int numElements) {
        elements = new Object[(numElements < 1) ? 1 : (numElements == Integer.MAX_VALUE) ? Integer.MAX_VALUE : numElements + 1];
    }

    public ArrayDeque(Collection<? extends E> c) {
        this(c.size());
        Iterator<? extends E> it = c.iterator();
        while (it.hasNext()) addLast(it.next());
    }

    static int inc(int i, int modulus) {
        if (++i >= modulus) i = 0;
        return i;
    }

    static int dec(int i, int modulus) {
        if (--i < 0) i = modulus - 1;
        return i;
    }

    /** Grows by 50% (doubling while small) and unwraps the wrapped part. */
    private void grow(int needed) {
        int oldCapacity = elements.length;
        int jump = (oldCapacity < 64) ? oldCapacity + 2 : oldCapacity >> 1;
        int newCapacity = oldCapacity + Math.max(jump, needed);
        if (newCapacity < 0) throw new IllegalStateException("Sorry, deque too big");
        Object[] es = elements = Arrays.copyOf(elements, newCapacity);
        if (tail < head || (tail == head && es[head] != null)) {
            int newSpace = newCapacity - oldCapacity;
            System.arraycopy(es, head, es, head + newSpace, oldCapacity - head);
            for (int i = head, to = (head += newSpace); i < to; i++) es[i] = null;
        }
    }

    public void addFirst(E e) {
        if (e == null) throw new NullPointerException();
        Object[] es = elements;
        es[head = dec(head, es.length)] = e;
        if (head == tail) grow(1);
    }

    public void addLast(E e) {
        if (e == null) throw new NullPointerException();
        Object[] es = elements;
        es[tail] = e;
        if (head == (tail = inc(tail, es.length))) grow(1);
    }

    public boolean addAll(Collection<? extends E> c) {
        Iterator<? extends E> it = c.iterator();
        boolean any = false;
        while (it.hasNext()) {
            addLast(it.next());
            any = true;
        }
        return any;
    }

    public boolean offerFirst(E e) {
        addFirst(e);
        return true;
    }

    public boolean offerLast(E e) {
        addLast(e);
        return true;
    }

    public E removeFirst() {
        E e = pollFirst();
        if (e == null) throw new NoSuchElementException();
        return e;
    }

    public E removeLast() {
        E e = pollLast();
        if (e == null) throw new NoSuchElementException();
        return e;
    }

    public E pollFirst() {
        Object[] es = elements;
        int h = head;
        E e = (E) es[h];
        if (e != null) {
            es[h] = null;
            head = inc(h, es.length);
        }
        return e;
    }

    public E pollLast() {
        Object[] es = elements;
        int t = dec(tail, es.length);
        E e = (E) es[t];
        if (e != null) es[tail = t] = null;
        return e;
    }

    public E getFirst() {
        E e = (E) elements[head];
        if (e == null) throw new NoSuchElementException();
        return e;
    }

    public E getLast() {
        Object[] es = elements;
        E e = (E) es[dec(tail, es.length)];
        if (e == null) throw new NoSuchElementException();
        return e;
    }

    public E peekFirst() {
        return (E) elements[head];
    }

    public E peekLast() {
        Object[] es = elements;
        return (E) es[dec(tail, es.length)];
    }

    public boolean removeFirstOccurrence(Object o) {
        if (o != null) {
            Object[] es = elements;
            for (int i = head, k = 0, n = size(); k < n; i = inc(i, es.length), k++) {
                if (o.equals(es[i])) {
                    delete(i);
                    return true;
                }
            }
        }
        return false;
    }

    public boolean removeLastOccurrence(Object o) {
        if (o != null) {
            Object[] es = elements;
            for (int i = dec(tail, es.length), k = 0, n = size(); k < n; i = dec(i, es.length), k++) {
                if (o.equals(es[i])) {
                    delete(i);
                    return true;
                }
            }
        }
        return false;
    }

    public boolean add(E e) {
        addLast(e);
        return true;
    }

    public boolean offer(E e) {
        return offerLast(e);
    }

    public E remove() {
        return removeFirst();
    }

    public E poll() {
        return pollFirst();
    }

    public E element() {
        return getFirst();
    }

    public E peek() {
        return peekFirst();
    }

    public void push(E e) {
        addFirst(e);
    }

    public E pop() {
        return removeFirst();
    }

    /**
     * Removes the element at index i, closing the gap from the nearer end. True if the
     * elements after i moved back one place (an iterator must then step back).
     */
    boolean delete(int i) {
        Object[] es = elements;
        int capacity = es.length;
        int h = head, t = tail;
        int front = sub(i, h, capacity);
        int back = sub(t, i, capacity) - 1;
        if (front < back) {
            if (h <= i) {
                System.arraycopy(es, h, es, h + 1, front);
            } else {
                System.arraycopy(es, 0, es, 1, i);
                es[0] = es[capacity - 1];
                System.arraycopy(es, h, es, h + 1, front - (i + 1));
            }
            es[h] = null;
            head = inc(h, capacity);
            return false;
        }
        tail = dec(t, capacity);
        if (i <= tail) {
            System.arraycopy(es, i + 1, es, i, back);
        } else {
            System.arraycopy(es, i + 1, es, i, capacity - (i + 1));
            es[capacity - 1] = es[0];
            System.arraycopy(es, 1, es, 0, t - 1);
        }
        es[tail] = null;
        return true;
    }

    static int sub(int i, int j, int modulus) {
        if ((i -= j) < 0) i += modulus;
        return i;
    }

    public int size() {
        return sub(tail, head, elements.length);
    }

    public boolean isEmpty() {
        return head == tail;
    }

    public Iterator<E> iterator() {
        return new DeqIterator<E>(this, false);
    }

    public Iterator<E> descendingIterator() {
        return new DeqIterator<E>(this, true);
    }

    private static final class DeqIterator<E> implements Iterator<E> {
        private final ArrayDeque<E> dq;
        private final boolean descending;
        int cursor;
        int remaining;
        int lastRet = -1;

        DeqIterator(ArrayDeque<E> dq, boolean descending) {
            this.dq = dq;
            this.descending = descending;
            remaining = dq.size();
            cursor = descending ? dec(dq.tail, dq.elements.length) : dq.head;
        }

        public boolean hasNext() {
            return remaining > 0;
        }

        public E next() {
            if (remaining <= 0) throw new NoSuchElementException();
            Object[] es = dq.elements;
            E e = (E) es[cursor];
            if (e == null) throw new ConcurrentModificationException();
            lastRet = cursor;
            cursor = descending ? dec(cursor, es.length) : inc(cursor, es.length);
            remaining--;
            return e;
        }

        public void remove() {
            if (lastRet < 0) throw new IllegalStateException();
            boolean movedBack = dq.delete(lastRet);
            if (!descending && movedBack) cursor = dec(cursor, dq.elements.length);
            if (descending && !movedBack) cursor = inc(cursor, dq.elements.length);
            lastRet = -1;
        }
    }

    public boolean contains(Object o) {
        if (o != null) {
            Object[] es = elements;
            for (int i = head, k = 0, n = size(); k < n; i = inc(i, es.length), k++)
                if (o.equals(es[i])) return true;
        }
        return false;
    }

    public boolean remove(Object o) {
        return removeFirstOccurrence(o);
    }

    public void clear() {
        Object[] es = elements;
        for (int i = head, k = 0, n = size(); k < n; i = inc(i, es.length), k++) es[i] = null;
        head = tail = 0;
    }

    public Object[] toArray() {
        int n = size();
        Object[] a = new Object[n];
        Object[] es = elements;
        for (int i = head, k = 0; k < n; i = inc(i, es.length), k++) a[k] = es[i];
        return a;
    }

    public <T> T[] toArray(T[] a) {
        int n = size();
        if (a.length < n) a = (T[]) java.lang.reflect.Array.newInstance(a.getClass().getComponentType(), n);
        Object[] es = elements;
        Object[] r = a;
        for (int i = head, k = 0; k < n; i = inc(i, es.length), k++) r[k] = es[i];
        if (a.length > n) a[n] = null;
        return a;
    }

    public ArrayDeque<E> clone() {
        ArrayDeque<E> result = new ArrayDeque<E>(size());
        Iterator<E> it = iterator();
        while (it.hasNext()) result.addLast(it.next());
        return result;
    }
}
