// richards: Martin Richards' operating-system simulation (the classic benchmark, after the
// version in V8's Octane suite): a scheduler running an idle task, a worker, two handlers
// and two devices that pass packets around. Measures virtual calls, field access and
// object linking. Each iteration runs the scheduler for 1000 idle counts and checks the
// queue and hold counts. Size: iterations (default 1500).
public class Richards {
    static final int ID_IDLE = 0;
    static final int ID_WORKER = 1;
    static final int ID_HANDLER_A = 2;
    static final int ID_HANDLER_B = 3;
    static final int ID_DEVICE_A = 4;
    static final int ID_DEVICE_B = 5;
    static final int NUMBER_OF_IDS = 6;

    static final int KIND_DEVICE = 0;
    static final int KIND_WORK = 1;

    static final int COUNT = 1000;
    static final int EXPECTED_QUEUE_COUNT = 2322;
    static final int EXPECTED_HOLD_COUNT = 928;

    static final int DATA_SIZE = 4;

    static final int STATE_RUNNING = 0;
    static final int STATE_RUNNABLE = 1;
    static final int STATE_SUSPENDED = 2;
    static final int STATE_HELD = 4;
    static final int STATE_SUSPENDED_RUNNABLE = STATE_SUSPENDED | STATE_RUNNABLE;
    static final int STATE_NOT_HELD = ~STATE_HELD;

    static final class Packet {
        Packet link;
        int id, kind, a1;
        final int[] a2 = new int[DATA_SIZE];

        Packet(Packet link, int id, int kind) {
            this.link = link;
            this.id = id;
            this.kind = kind;
        }

        Packet addTo(Packet queue) {
            link = null;
            if (queue == null) return this;
            Packet peek, next = queue;
            while ((peek = next.link) != null) next = peek;
            next.link = this;
            return queue;
        }
    }

    abstract static class Task {
        final Scheduler scheduler;

        Task(Scheduler scheduler) {
            this.scheduler = scheduler;
        }

        abstract TaskControlBlock run(Packet packet);
    }

    static final class TaskControlBlock {
        final TaskControlBlock link;
        final int id, priority;
        Packet queue;
        final Task task;
        int state;

        TaskControlBlock(TaskControlBlock link, int id, int priority, Packet queue, Task task) {
            this.link = link;
            this.id = id;
            this.priority = priority;
            this.queue = queue;
            this.task = task;
            state = queue == null ? STATE_SUSPENDED : STATE_SUSPENDED_RUNNABLE;
        }

        void setRunning() { state = STATE_RUNNING; }
        void markAsNotHeld() { state = state & STATE_NOT_HELD; }
        void markAsHeld() { state = state | STATE_HELD; }
        boolean isHeldOrSuspended() { return (state & STATE_HELD) != 0 || state == STATE_SUSPENDED; }
        void markAsSuspended() { state = state | STATE_SUSPENDED; }
        void markAsRunnable() { state = state | STATE_RUNNABLE; }

        TaskControlBlock run() {
            Packet packet;
            if (state == STATE_SUSPENDED_RUNNABLE) {
                packet = queue;
                queue = packet.link;
                state = queue == null ? STATE_RUNNING : STATE_RUNNABLE;
            } else {
                packet = null;
            }
            return task.run(packet);
        }

        TaskControlBlock checkPriorityAdd(TaskControlBlock task, Packet packet) {
            if (queue == null) {
                queue = packet;
                markAsRunnable();
                if (priority > task.priority) return this;
            } else {
                queue = packet.addTo(queue);
            }
            return task;
        }
    }

    static final class Scheduler {
        int queueCount, holdCount;
        final TaskControlBlock[] blocks = new TaskControlBlock[NUMBER_OF_IDS];
        TaskControlBlock list, currentTcb;
        int currentId;

        void addIdleTask(int id, int priority, Packet queue, int count) {
            addRunningTask(id, priority, queue, new IdleTask(this, 1, count));
        }

        void addWorkerTask(int id, int priority, Packet queue) {
            addTask(id, priority, queue, new WorkerTask(this, ID_HANDLER_A, 0));
        }

        void addHandlerTask(int id, int priority, Packet queue) {
            addTask(id, priority, queue, new HandlerTask(this));
        }

        void addDeviceTask(int id, int priority, Packet queue) {
            addTask(id, priority, queue, new DeviceTask(this));
        }

        void addRunningTask(int id, int priority, Packet queue, Task task) {
            addTask(id, priority, queue, task);
            currentTcb.setRunning();
        }

        void addTask(int id, int priority, Packet queue, Task task) {
            currentTcb = new TaskControlBlock(list, id, priority, queue, task);
            list = currentTcb;
            blocks[id] = currentTcb;
        }

        void schedule() {
            currentTcb = list;
            while (currentTcb != null) {
                if (currentTcb.isHeldOrSuspended()) {
                    currentTcb = currentTcb.link;
                } else {
                    currentId = currentTcb.id;
                    currentTcb = currentTcb.run();
                }
            }
        }

        TaskControlBlock release(int id) {
            TaskControlBlock tcb = blocks[id];
            if (tcb == null) return tcb;
            tcb.markAsNotHeld();
            if (tcb.priority > currentTcb.priority) return tcb;
            return currentTcb;
        }

        TaskControlBlock holdCurrent() {
            holdCount++;
            currentTcb.markAsHeld();
            return currentTcb.link;
        }

        TaskControlBlock suspendCurrent() {
            currentTcb.markAsSuspended();
            return currentTcb;
        }

        TaskControlBlock queue(Packet packet) {
            TaskControlBlock t = blocks[packet.id];
            if (t == null) return t;
            queueCount++;
            packet.link = null;
            packet.id = currentId;
            return t.checkPriorityAdd(currentTcb, packet);
        }
    }

    static final class IdleTask extends Task {
        int v1, count;

        IdleTask(Scheduler scheduler, int v1, int count) {
            super(scheduler);
            this.v1 = v1;
            this.count = count;
        }

        TaskControlBlock run(Packet packet) {
            count--;
            if (count == 0) return scheduler.holdCurrent();
            if ((v1 & 1) == 0) {
                v1 = v1 >> 1;
                return scheduler.release(ID_DEVICE_A);
            }
            v1 = (v1 >> 1) ^ 0xD008;
            return scheduler.release(ID_DEVICE_B);
        }
    }

    static final class DeviceTask extends Task {
        Packet v1;

        DeviceTask(Scheduler scheduler) {
            super(scheduler);
        }

        TaskControlBlock run(Packet packet) {
            if (packet == null) {
                if (v1 == null) return scheduler.suspendCurrent();
                Packet v = v1;
                v1 = null;
                return scheduler.queue(v);
            }
            v1 = packet;
            return scheduler.holdCurrent();
        }
    }

    static final class WorkerTask extends Task {
        int v1, v2;

        WorkerTask(Scheduler scheduler, int v1, int v2) {
            super(scheduler);
            this.v1 = v1;
            this.v2 = v2;
        }

        TaskControlBlock run(Packet packet) {
            if (packet == null) return scheduler.suspendCurrent();
            v1 = v1 == ID_HANDLER_A ? ID_HANDLER_B : ID_HANDLER_A;
            packet.id = v1;
            packet.a1 = 0;
            for (int i = 0; i < DATA_SIZE; i++) {
                v2++;
                if (v2 > 26) v2 = 1;
                packet.a2[i] = v2;
            }
            return scheduler.queue(packet);
        }
    }

    static final class HandlerTask extends Task {
        Packet v1, v2;

        HandlerTask(Scheduler scheduler) {
            super(scheduler);
        }

        TaskControlBlock run(Packet packet) {
            if (packet != null) {
                if (packet.kind == KIND_WORK) v1 = packet.addTo(v1);
                else v2 = packet.addTo(v2);
            }
            if (v1 != null) {
                int count = v1.a1;
                Packet v;
                if (count < DATA_SIZE) {
                    if (v2 != null) {
                        v = v2;
                        v2 = v2.link;
                        v.a1 = v1.a2[count];
                        v1.a1 = count + 1;
                        return scheduler.queue(v);
                    }
                } else {
                    v = v1;
                    v1 = v1.link;
                    return scheduler.queue(v);
                }
            }
            return scheduler.suspendCurrent();
        }
    }

    static Scheduler runRichards() {
        Scheduler scheduler = new Scheduler();
        scheduler.addIdleTask(ID_IDLE, 0, null, COUNT);

        Packet queue = new Packet(null, ID_WORKER, KIND_WORK);
        queue = new Packet(queue, ID_WORKER, KIND_WORK);
        scheduler.addWorkerTask(ID_WORKER, 1000, queue);

        queue = new Packet(null, ID_DEVICE_A, KIND_DEVICE);
        queue = new Packet(queue, ID_DEVICE_A, KIND_DEVICE);
        queue = new Packet(queue, ID_DEVICE_A, KIND_DEVICE);
        scheduler.addHandlerTask(ID_HANDLER_A, 2000, queue);

        queue = new Packet(null, ID_DEVICE_B, KIND_DEVICE);
        queue = new Packet(queue, ID_DEVICE_B, KIND_DEVICE);
        queue = new Packet(queue, ID_DEVICE_B, KIND_DEVICE);
        scheduler.addHandlerTask(ID_HANDLER_B, 3000, queue);

        scheduler.addDeviceTask(ID_DEVICE_A, 4000, null);
        scheduler.addDeviceTask(ID_DEVICE_B, 5000, null);

        scheduler.schedule();
        return scheduler;
    }

    public static void main(String[] args) {
        int iterations = args.length > 0 ? Integer.parseInt(args[0]) : 1500;
        long queued = 0, held = 0;
        for (int i = 0; i < iterations; i++) {
            Scheduler s = runRichards();
            if (s.queueCount != EXPECTED_QUEUE_COUNT || s.holdCount != EXPECTED_HOLD_COUNT) {
                System.out.println("FAIL: queue count " + s.queueCount + ", hold count " + s.holdCount);
                System.exit(1);
            }
            queued += s.queueCount;
            held += s.holdCount;
        }
        System.out.println("richards x" + iterations + ": " + queued + " packets queued, " + held + " holds");
        System.out.println("ok");
    }
}
