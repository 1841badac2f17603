package org.marsad.store;

import java.time.Instant;

/**
 * A subscribed RSS/Atom feed.
 *
 * @param lastPolled    when it was last fetched, null before the first poll
 * @param lastError     the last poll's one-line error, null when it succeeded
 * @param itemsIngested items ingested from it so far
 */
public record Feed(long id, String url, String title, Instant added, Instant lastPolled, String lastError,
                   long itemsIngested) {}
