package org.marsad.store;

import java.time.LocalDate;
import java.util.List;

/** Full-text hits: {@code total} matching articles and the page of {@code hits} asked for, best first. */
public record SearchResult(long total, List<Hit> hits) {
    public SearchResult {
        hits = List.copyOf(hits);
    }

    /**
     * One matching article.
     *
     * @param fragments best passages of the text with the matches marked: HTML-escaped text with
     *                  {@code <mark>…</mark>} around each match, safe to insert into a page as is
     * @param titleHtml the title, HTML-escaped, with matches marked likewise (null when no title)
     */
    public record Hit(long articleId, String doc, String title, String outlet, LocalDate published, String url,
                      float score, String titleHtml, List<String> fragments) {
        public Hit {
            fragments = List.copyOf(fragments);
        }
    }
}
