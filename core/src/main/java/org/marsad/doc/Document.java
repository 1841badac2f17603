package org.marsad.doc;

import java.time.LocalDate;
import java.util.List;

/**
 * One news article as read from its source. {@code text} is the original text that every span in
 * every annotation layer points into; boilerplate found by the clean-up (related-story blocks,
 * captions, widgets) is not cut out but listed in {@code boilerplate}, so offsets stay those of the
 * text as given and later stages simply skip those ranges.
 *
 * @param id        document id: the JSONL {@code id}, else the file name without extension
 * @param title     headline (may be null)
 * @param text      original text, never null
 * @param published publication date from metadata or dateline, null when unknown
 * @param outlet    publishing outlet, null when unknown
 * @param url       source URL, null when unknown
 * @param agencies  wire agencies credited in the text (canonical English names), possibly empty
 * @param language  ISO 639-1 language code as identified, null when undecided
 * @param boilerplate masked ranges of {@code text} that are not article body
 */
public record Document(String id, String title, String text, LocalDate published, String outlet, String url,
                       List<String> agencies, String language, List<Span> boilerplate) {
    public Document {
        if (id == null) throw new IllegalArgumentException("document id is required");
        if (text == null) throw new IllegalArgumentException("document text is required");
        agencies = agencies == null ? List.of() : List.copyOf(agencies);
        boilerplate = boilerplate == null ? List.of() : List.copyOf(boilerplate);
    }

    /** A plain document with only id, title, text and date (convenience for tests and callers). */
    public static Document of(String id, String title, String text, LocalDate published) {
        return new Document(id, title, text, published, null, null, List.of(), null, List.of());
    }

    public Document withPublished(LocalDate d) {
        return new Document(id, title, text, d, outlet, url, agencies, language, boilerplate);
    }

    /** True when {@code [start, end)} overlaps a masked boilerplate range. */
    public boolean inBoilerplate(int start, int end) {
        for (Span s : boilerplate) if (s.start() < end && start < s.end()) return true;
        return false;
    }
}
