package org.marsad.store;

import java.time.LocalDate;

/**
 * One report of an incident: an evidence mention of one of the cluster's events in one article.
 *
 * @param eventId   store id of the event this mention belongs to
 * @param articleId store id of the article
 * @param doc       the article's document id
 * @param title     the article's headline (may be null)
 * @param outlet    publishing outlet (may be null)
 * @param published publication date (may be null)
 * @param url       source URL (may be null)
 * @param sentence  the evidence sentence
 * @param start     start of the evidence in the article text (Java String index)
 * @param end       end of the evidence (exclusive)
 */
public record Report(long eventId, long articleId, String doc, String title, String outlet, LocalDate published,
                     String url, String sentence, int start, int end) {}
