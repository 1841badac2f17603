package org.marsad.store;

import java.util.ArrayDeque;

/**
 * Feeds committed articles to the Lucene index on a thread of its own, in the order they were
 * committed, so that analysing and indexing an article's text overlaps the database work of the
 * next ones. The queue is bounded ({@value #CAPACITY} articles): a writer that runs ahead waits.
 * {@link #await()} returns once everything handed over is in the index writer (visible to the next
 * refresh); a failure of the indexing thread is rethrown to the next caller.
 *
 * <p>Durability does not depend on this thread: the database is the source of truth, and articles
 * that were queued but not indexed when the process died are re-indexed by the store's reconciliation on open.
 */
final class BackgroundIndexer implements AutoCloseable {
    static final int CAPACITY = 256;

    private final ArticleIndex index;
    private final ArrayDeque<ArticleIndex.Article> queue = new ArrayDeque<>();
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

    /** Queues one committed article (waits while the queue is full). */
    synchronized void put(ArticleIndex.Article a) {
        while (queue.size() >= CAPACITY && failure == null && !closing) waitQuietly();
        check();
        if (closing) throw new StoreException("the store is closed");
        queue.addLast(a);
        submitted++;
        notifyAll();
    }

    /** Waits until every queued article is in the index writer. */
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
            ArticleIndex.Article a;
            synchronized (this) {
                while (queue.isEmpty() && !closing) {
                    try {
                        wait();
                    } catch (InterruptedException e) {
                        return;
                    }
                }
                if (queue.isEmpty()) return; // closing, and nothing left
                a = queue.peekFirst();
            }
            try {
                index.put(a);
            } catch (RuntimeException e) {
                synchronized (this) {
                    failure = new StoreException("cannot index article " + a.id() + ": " + Database.firstLine(e), e);
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
