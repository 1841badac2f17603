package org.marsad.pipeline;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.function.Supplier;

/**
 * Runs work on N worker threads while the calling thread receives the results one at a time, in
 * submission order: the shape of `marsad extract` and ingest (one reader, a thread-safe but costly
 * pipeline, a single writer). At most {@code window} items are in flight — submitted and not yet
 * delivered — so memory stays bounded on any input size; {@link #submit} blocks (delivering
 * finished results meanwhile) when the window is full.
 *
 * <p>A failure of the work on one item (an exception, or a stack overflow from a pathological
 * document) is handed to the sink with that item and the run goes on; any other {@link Error}
 * (out of memory) is rethrown on the calling thread when its turn comes.
 *
 * @param <T> what is submitted (a document, or a read result that also says where it came from)
 * @param <R> what the work makes of it (a record, or the line to print)
 */
public final class OrderedRunner<T, R> implements AutoCloseable {
    /** The work on one item; one instance per worker thread, so it may keep per-thread scratch state. */
    public interface Work<T, R> {
        R apply(T item) throws Exception;
    }

    /** Receives each item with its result, or why the work failed on it (result null), on the calling thread. */
    public interface Sink<T, R> {
        void accept(T item, R result, Throwable failure) throws Exception;
    }

    private record Job<T>(long seq, T item) {}

    private static final Job<Object> STOP = new Job<>(-1, null);

    private final int window;
    private final Sink<T, R> sink;
    private final BlockingQueue<Job<T>> queue;
    private final Thread[] workers;
    // Ring of the in-flight window, indexed by sequence number modulo window; guarded by `this`.
    private final Object[] items, results;
    private final Throwable[] failures;
    private final boolean[] done;
    private long submitted, delivered; // touched by the calling thread only
    private boolean stopped;

    /** {@code threads} workers, each with its own {@link Work} from {@code perThread}, {@code 4 × threads} items in flight. */
    public OrderedRunner(int threads, Supplier<? extends Work<T, R>> perThread, Sink<T, R> sink) {
        this(threads, 4 * threads, perThread, sink);
    }

    public OrderedRunner(int threads, int window, Supplier<? extends Work<T, R>> perThread, Sink<T, R> sink) {
        if (threads < 1) throw new IllegalArgumentException("threads must be at least 1");
        if (window < threads) throw new IllegalArgumentException("window must be at least the thread count");
        this.window = window;
        this.sink = sink;
        this.queue = new ArrayBlockingQueue<>(window + threads);
        this.items = new Object[window];
        this.results = new Object[window];
        this.failures = new Throwable[window];
        this.done = new boolean[window];
        this.workers = new Thread[threads];
        for (int i = 0; i < threads; i++) {
            Work<T, R> work = perThread.get();
            Thread t = new Thread(() -> workLoop(work), "marsad-worker-" + (i + 1));
            t.setDaemon(true); // an abandoned run never keeps the JVM alive
            workers[i] = t;
        }
        for (Thread t : workers) t.start();
    }

    /** Queues one item; blocks while {@code window} items are in flight, delivering results as they come. */
    public void submit(T item) throws Exception {
        if (stopped) throw new IllegalStateException("runner already finished");
        while (submitted - delivered >= window) deliverNext(true);
        items[slot(submitted)] = item;
        queue.put(new Job<>(submitted++, item));
        while (deliverNext(false)) { /* hand on whatever is already finished */ }
    }

    /** Delivers every pending result, then stops the workers. */
    public void finish() throws Exception {
        while (deliverNext(true)) { /* in order, waiting for each */ }
        stop();
        for (Thread t : workers) t.join();
    }

    /** Stops the workers without delivering what is pending (after an error in the sink, say). */
    @Override
    public void close() {
        if (stopped) return;
        stop();
        for (Thread t : workers) t.interrupt();
    }

    private void stop() {
        if (stopped) return;
        stopped = true;
        queue.clear();
        @SuppressWarnings("unchecked") Job<T> stop = (Job<T>) STOP;
        for (int i = 0; i < workers.length; i++) queue.offer(stop);
    }

    /** Hands the next result in order to the sink; false when none is pending, or (without {@code wait}) not ready. */
    @SuppressWarnings("unchecked")
    private boolean deliverNext(boolean wait) throws Exception {
        if (delivered == submitted) return false;
        int s = slot(delivered);
        T item;
        R result;
        Throwable failure;
        synchronized (this) {
            while (!done[s]) {
                if (!wait) return false;
                wait();
            }
            item = (T) items[s];
            result = (R) results[s];
            failure = failures[s];
            items[s] = null;
            results[s] = null;
            failures[s] = null;
            done[s] = false;
        }
        delivered++;
        if (failure instanceof Error e && !(e instanceof StackOverflowError)) throw e;
        sink.accept(item, result, failure);
        return true;
    }

    private void workLoop(Work<T, R> work) {
        try {
            while (true) {
                Job<T> job = queue.take();
                if (job.seq() < 0) return;
                R result = null;
                Throwable failure = null;
                try {
                    result = work.apply(job.item());
                } catch (Exception | Error e) {
                    failure = e instanceof StackOverflowError ? new IllegalStateException("stack overflow", e) : e;
                }
                int s = slot(job.seq());
                synchronized (this) {
                    results[s] = result;
                    failures[s] = failure;
                    done[s] = true;
                    notifyAll();
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt(); // closed: leave quietly
        }
    }

    private int slot(long seq) { return (int) (seq % window); }
}
