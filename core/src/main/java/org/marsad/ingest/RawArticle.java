package org.marsad.ingest;

import java.time.LocalDate;

/**
 * An article as a reader found it, before clean-up and metadata resolution turn it into a
 * {@link org.marsad.doc.Document}. Fields other than id and text may be null.
 *
 * @param where "file" or "file:line" for messages
 */
record RawArticle(String id, String title, String text, LocalDate published, String outlet, String url, String where) {}
