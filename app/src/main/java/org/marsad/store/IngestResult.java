package org.marsad.store;

/**
 * What {@link MarsadStore#ingest} did with one article.
 *
 * @param outcome   NEW (stored for the first time), UNCHANGED (already stored exactly so: nothing
 *                  written) or REPLACED (same article, changed text or extraction: its events replaced)
 * @param articleId the article's store id (stable across replacements)
 * @param events    number of events the article now has in the store
 */
public record IngestResult(Outcome outcome, long articleId, int events) {
    public enum Outcome { NEW, UNCHANGED, REPLACED }
}
