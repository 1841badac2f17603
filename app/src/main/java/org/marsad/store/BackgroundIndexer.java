package org.marsad.store;

import java.util.ArrayDeque;

/**
 * Feeds committed articles to the Lucene index on a thread of its own, in the order they were
 * committed, so that analysing and indexing an article's text overlaps the database work of the
 * next ones. The queue is bounded ({@value #CAPACITY} articles): a writer that runs ahead waits.
 * {@link #await()} returns once everything handed over is in the index writer (visible to the next
 * refresh); a failure of the indexing thread is rethrown to the next caller. Periodic index commits
 * are queued too ({@link #commitLater}), so that writing the segment does not hold up the writer.
 *
 * <p>Durability does not depend on this thread: the database is the source of truth, and articles
 * that were queued but not indexed when the process died are re-indexed by the store's reconciliation on open.
 */
final class BackgroundIndexer implements AutoCloseable {
    static final int CAPACITY = 256;

    private final ArticleIndex index;
    // an article to index (new: no older document to replace), or a commit mark (article null)
    private record Task(ArticleIndex.Article article, boolean fresh, long count, long maxRevision) {}

    private final ArrayDeque<Task> queue = new ArrayDeque<>();
    private final Thread thread;
    private long submitted, indexed;
    private RuntimeException failure;
    private boolean closing;

    BackgroundIndexer(ArticleIndex index) {
        this.index = index;
        this.thread = new Thread(this::run, "marsad-indexer");
        thread.setDaemon(true);
        thread.start();
    }

    /**
     * Queues one committed article (waits while the queue is full).
     *
     * @param fresh true when the article is new to the store, so the index holds no document for it
     *              (added without the delete-by-id of a replacement)
     */
    void put(ArticleIndex.Article a, boolean fresh) {
        enqueue(new Task(a, fresh, 0, 0));
    }

    /**
     * Queues an index commit marked with the database's article count and highest revision, to run
     * once the articles queued before it are indexed. The caller has made the database durable up
     * to that mark first (the index must never run ahead of the database).
     */
    void commitLater(long count, long maxRevision) {
        enqueue(new Task(null, false, count, maxRevision));
    }

    private synchronized void enqueue(Task t) {
        while (queue.size() >= CAPACITY && failure == null && !closing) waitQuietly();
        check();
        if (closing) throw new StoreException("the store is closed");
        queue.addLast(t);
        submitted++;
        notifyAll();
    }

    /** Waits until every queued article is in the index writer (and every queued commit done). */
    synchronized void await() {
        while (indexed < submitted && failure == null) waitQuietly();
        check();
    }

    private void check() {
        if (failure != null) throw failure;
    }

    private void waitQuietly() {
        try {
            wait();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException("interrupted while waiting for the index");
        }
    }

    private void run() {
        while (true) {
            Task t;
            synchronized (this) {
                while (queue.isEmpty() && !closing) {
                    try {
                        wait();
                    } catch (InterruptedException e) {
                        return;
                    }
                }
                if (queue.isEmpty()) return; // closing, and nothing left
                t = queue.peekFirst();
            }
            try {
                if (t.article() == null) index.commit(t.count(), t.maxRevision());
                else if (t.fresh()) index.add(t.article());
                else index.put(t.article());
            } catch (RuntimeException e) {
                synchronized (this) {
                    String what = t.article() == null ? "commit the index" : "index article " + t.article().id();
                    failure = new StoreException("cannot " + what + ": " + Database.firstLine(e), e);
                    queue.clear();
                    notifyAll();
                }
                return;
            }
            synchronized (this) {
                queue.pollFirst();
                indexed++;
                notifyAll();
            }
        }
    }

    /** Indexes what is queued, then stops the thread. */
    @Override
    public void close() {
        synchronized (this) {
            closing = true;
            notifyAll();
        }
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
