package java.util;

import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/**
 * A list in a growable array (capacity 10 on the first add, then 1.5 times). Index errors
 * and modCount rules are the JDK's, so fail-fast iteration behaves the same.
 */
public class ArrayList<E> extends AbstractList<E> implements List<E>, RandomAccess, Cloneable, java.io.Serializable {
    private static final Object[] EMPTY = {};

    Object[] elementData;
    int size;

    public ArrayList(int initialCapacity) {
        if (initialCapacity < 0) throw new IllegalArgumentException("Illegal Capacity: " + initialCapacity);
        elementData = initialCapacity == 0 ? EMPTY : new Object[initialCapacity];
    }

    public ArrayList() {
        elementData = EMPTY;
    }

    public ArrayList(Collection<? extends E> c) {
        Object[] a = c.toArray();
        size = a.length;
        if (size == 0) {
            elementData = EMPTY;
        } else {
            /* a copy: c.toArray() may be a String[] or still be c's own array */
            elementData = new Object[size];
            System.arraycopy(a, 0, elementData, 0, size);
        }
    }

    public void trimToSize() {
        modCount++;
        if (size < elementData.length) elementData = size == 0 ? EMPTY : Arrays.copyOf(elementData, size);
    }

    public void ensureCapacity(int minCapacity) {
        if (minCapacity > elementData.length) {
            modCount++;
            grow(minCapacity);
        }
    }

    private Object[] grow(int minCapacity) {
        int old = elementData.length;
        int n;
        if (old == 0 && elementData == EMPTY) n = Math.max(10, minCapacity);
        else n = Math.max(minCapacity, old + (old >> 1));
        if (n < 0) throw new OutOfMemoryError("Required array length too large");
        return elementData = Arrays.copyOf(elementData, n);
    }

    public int size() {
        return size;
    }

    public boolean isEmpty() {
        return size == 0;
    }

    public boolean contains(Object o) {
        return indexOf(o) >= 0;
    }

    public int indexOf(Object o) {
        Object[] es = elementData;
        if (o == null) {
            for (int i = 0; i < size; i++)
                if (es[i] == null) return i;
        } else {
            for (int i = 0; i < size; i++)
                if (o.equals(es[i])) return i;
        }
        return -1;
    }

    public int lastIndexOf(Object o) {
        Object[] es = elementData;
        if (o == null) {
            for (int i = size - 1; i >= 0; i--)
                if (es[i] == null) return i;
        } else {
            for (int i = size - 1; i >= 0; i--)
                if (o.equals(es[i])) return i;
        }
        return -1;
    }

    /** A shallow copy. */
    public Object clone() {
        ArrayList<E> v = new ArrayList<E>();
        v.elementData = Arrays.copyOf(elementData, size);
        v.size = size;
        return v;
    }

    public Object[] toArray() {
        return Arrays.copyOf(elementData, size);
    }

    public <T> T[] toArray(T[] a) {
        if (a.length < size) return (T[]) Arrays.copyOf(elementData, size, a.getClass());
        System.arraycopy(elementData, 0, a, 0, size);
        if (a.length > size) a[size] = null;
        return a;
    }

    public E get(int index) {
        Objects.checkIndex(index, size);
        return (E) elementData[index];
    }

    public E set(int index, E element) {
        Objects.checkIndex(index, size);
        E oldValue = (E) elementData[index];
        elementData[index] = element;
        return oldValue;
    }

    public boolean add(E e) {
        modCount++;
        Object[] es = elementData;
        if (size == es.length) es = grow(size + 1);
        es[size] = e;
        size = size + 1;
        return true;
    }

    public void add(int index, E element) {
        rangeCheckForAdd(index);
        modCount++;
        Object[] es = elementData;
        if (size == es.length) es = grow(size + 1);
        System.arraycopy(es, index, es, index + 1, size - index);
        es[index] = element;
        size = size + 1;
    }

    public E remove(int index) {
        Objects.checkIndex(index, size);
        Object[] es = elementData;
        E oldValue = (E) es[index];
        fastRemove(es, index);
        return oldValue;
    }

    public boolean equals(Object o) {
        if (o == this) return true;
        if (!(o instanceof List)) return false;
        int expectedModCount = modCount;
        boolean equal;
        if (o instanceof ArrayList) {
            ArrayList<?> other = (ArrayList<?>) o;
            equal = other.size == size;
            for (int i = 0; equal && i < size; i++)
                if (!Objects.equals(elementData[i], other.elementData[i])) equal = false;
        } else {
            equal = super.equals(o);
        }
        if (modCount != expectedModCount) throw new ConcurrentModificationException();
        return equal;
    }

    public int hashCode() {
        int expectedModCount = modCount;
        int h = 1;
        for (int i = 0; i < size; i++) {
            Object e = elementData[i];
            h = 31 * h + (e == null ? 0 : e.hashCode());
        }
        if (modCount != expectedModCount) throw new ConcurrentModificationException();
        return h;
    }

    public boolean remove(Object o) {
        int i = indexOf(o);
        if (i < 0) return false;
        fastRemove(elementData, i);
        return true;
    }

    private void fastRemove(Object[] es, int i) {
        modCount++;
        int newSize = size - 1;
        if (newSize > i) System.arraycopy(es, i + 1, es, i, newSize - i);
        es[size = newSize] = null;
    }

    public void clear() {
        modCount++;
        Object[] es = elementData;
        for (int i = 0; i < size; i++) es[i] = null;
        size = 0;
    }

    public boolean addAll(Collection<? extends E> c) {
        Object[] a = c.toArray();
        modCount++;
        int numNew = a.length;
        if (numNew == 0) return false;
        Object[] es = elementData;
        if (numNew > es.length - size) es = grow(size + numNew);
        System.arraycopy(a, 0, es, size, numNew);
        size = size + numNew;
        return true;
    }

    public boolean addAll(int index, Collection<? extends E> c) {
        rangeCheckForAdd(index);
        Object[] a = c.toArray();
        modCount++;
        int numNew = a.length;
        if (numNew == 0) return false;
        Object[] es = elementData;
        if (numNew > es.length - size) es = grow(size + numNew);
        int numMoved = size - index;
        if (numMoved > 0) System.arraycopy(es, index, es, index + numNew, numMoved);
        System.arraycopy(a, 0, es, index, numNew);
        size = size + numNew;
        return true;
    }

    protected void removeRange(int fromIndex, int toIndex) {
        if (fromIndex > toIndex)
            throw new IndexOutOfBoundsException("From Index: " + fromIndex + " > To Index: " + toIndex);
        modCount++;
        shiftTailOverGap(elementData, fromIndex, toIndex);
    }

    private void shiftTailOverGap(Object[] es, int lo, int hi) {
        System.arraycopy(es, hi, es, lo, size - hi);
        int to = size;
        size -= hi - lo;
        for (int i = size; i < to; i++) es[i] = null;
    }

    public boolean removeAll(Collection<?> c) {
        return batchRemove(c, false);
    }

    public boolean retainAll(Collection<?> c) {
        return batchRemove(c, true);
    }

    private boolean batchRemove(Collection<?> c, boolean complement) {
        Objects.requireNonNull(c);
        Object[] es = elementData;
        int end = size;
        int r = 0;
        while (true) {
            if (r == end) return false;
            if (c.contains(es[r]) != complement) break;
            r++;
        }
        int w = r++;
        for (; r < end; r++) {
            Object e = es[r];
            if (c.contains(e) == complement) es[w++] = e;
        }
        modCount += end - w;
        shiftTailOverGap(es, w, end);
        return true;
    }

    public boolean removeIf(Predicate<? super E> filter) {
        Objects.requireNonNull(filter);
        int expectedModCount = modCount;
        Object[] es = elementData;
        int end = size;
        boolean[] dead = new boolean[end];
        boolean any = false;
        for (int i = 0; i < end; i++)
            if (filter.test((E) es[i])) {
                dead[i] = true;
                any = true;
            }
        if (modCount != expectedModCount) throw new ConcurrentModificationException();
        if (!any) return false;
        modCount++;
        int w = 0;
        for (int i = 0; i < end; i++)
            if (!dead[i]) es[w++] = es[i];
        shiftTailOverGap(es, w, end);
        return true;
    }

    public void replaceAll(UnaryOperator<E> operator) {
        Objects.requireNonNull(operator);
        int expectedModCount = modCount;
        Object[] es = elementData;
        for (int i = 0; modCount == expectedModCount && i < size; i++) es[i] = operator.apply((E) es[i]);
        if (modCount != expectedModCount) throw new ConcurrentModificationException();
        modCount++;
    }

    public void forEach(Consumer<? super E> action) {
        Objects.requireNonNull(action);
        int expectedModCount = modCount;
        Object[] es = elementData;
        int size = this.size;
        for (int i = 0; modCount == expectedModCount && i < size; i++) action.accept((E) es[i]);
        if (modCount != expectedModCount) throw new ConcurrentModificationException();
    }

    public void sort(Comparator<? super E> c) {
        int expectedModCount = modCount;
        Arrays.sort((E[]) elementData, 0, size, c);
        if (modCount != expectedModCount) throw new ConcurrentModificationException();
        modCount++;
    }

    public Iterator<E> iterator() {
        return new Itr<E>(this, 0);
    }

    public ListIterator<E> listIterator() {
        return new Itr<E>(this, 0);
    }

    public ListIterator<E> listIterator(int index) {
        rangeCheckForAdd(index);
        return new Itr<E>(this, index);
    }

    /** ArrayList's iterator: AbstractList.Itr reading the array directly. */
    private static final class Itr<E> implements ListIterator<E> {
        private final ArrayList<E> list;
        int cursor;
        int lastRet = -1;
        int expectedModCount;

        Itr(ArrayList<E> list, int index) {
            this.list = list;
            this.cursor = index;
            this.expectedModCount = list.modCount;
        }

        public boolean hasNext() {
            return cursor != list.size;
        }

        public E next() {
            if (list.modCount != expectedModCount) throw new ConcurrentModificationException();
            int i = cursor;
            if (i >= list.size) throw new NoSuchElementException();
            Object[] es = list.elementData;
            if (i >= es.length) throw new ConcurrentModificationException();
            cursor = i + 1;
            return (E) es[lastRet = i];
        }

        public boolean hasPrevious() {
            return cursor != 0;
        }

        public int nextIndex() {
            return cursor;
        }

        public int previousIndex() {
            return cursor - 1;
        }

        public E previous() {
            if (list.modCount != expectedModCount) throw new ConcurrentModificationException();
            int i = cursor - 1;
            if (i < 0) throw new NoSuchElementException();
            Object[] es = list.elementData;
            if (i >= es.length) throw new ConcurrentModificationException();
            cursor = i;
            return (E) es[lastRet = i];
        }

        public void remove() {
            if (lastRet < 0) throw new IllegalStateException();
            if (list.modCount != expectedModCount) throw new ConcurrentModificationException();
            if (lastRet >= list.size) throw new ConcurrentModificationException();
            list.remove(lastRet);
            cursor = lastRet;
            lastRet = -1;
            expectedModCount = list.modCount;
        }

        public void set(E e) {
            if (lastRet < 0) throw new IllegalStateException();
            if (list.modCount != expectedModCount) throw new ConcurrentModificationException();
            if (lastRet >= list.size) throw new ConcurrentModificationException();
            list.set(lastRet, e);
        }

        public void add(E e) {
            if (list.modCount != expectedModCount) throw new ConcurrentModificationException();
            int i = cursor;
            list.add(i, e);
            cursor = i + 1;
            lastRet = -1;
            expectedModCount = list.modCount;
        }

        public void forEachRemaining(Consumer<? super E> action) {
            Objects.requireNonNull(action);
            int size = list.size;
            int i = cursor;
            if (i < size) {
                Object[] es = list.elementData;
                if (i >= es.length) throw new ConcurrentModificationException();
                for (; i < size && list.modCount == expectedModCount; i++) action.accept((E) es[i]);
                cursor = i;
                lastRet = i - 1;
                if (list.modCount != expectedModCount) throw new ConcurrentModificationException();
            }
        }
    }
}
