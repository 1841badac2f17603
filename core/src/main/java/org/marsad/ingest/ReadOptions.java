package org.marsad.ingest;

import java.time.LocalDate;

/**
 * How inputs are read.
 *
 * @param published    publication date for inputs whose metadata gives none (plain text and HTML
 *                     files, feed items or JSONL lines without a date); it wins over a dateline
 * @param maxLineBytes longest JSONL line accepted (longer lines are rejected, not buffered)
 * @param maxFileBytes largest whole-file document accepted (.txt, .html, feeds, standard input text)
 * @param keepNonArabic when true, documents identified as non-Arabic are returned instead of skipped
 */
public record ReadOptions(LocalDate published, int maxLineBytes, int maxFileBytes, boolean keepNonArabic) {
    public static final int DEFAULT_MAX_LINE = 8 << 20, DEFAULT_MAX_FILE = 16 << 20;

    public ReadOptions {
        if (maxLineBytes <= 0 || maxFileBytes <= 0) throw new IllegalArgumentException("limits must be positive");
    }

    public static ReadOptions defaults() { return new ReadOptions(null, DEFAULT_MAX_LINE, DEFAULT_MAX_FILE, false); }

    public ReadOptions withPublished(LocalDate d) { return new ReadOptions(d, maxLineBytes, maxFileBytes, keepNonArabic); }

    public ReadOptions withLimits(int line, int file) { return new ReadOptions(published, line, file, keepNonArabic); }
}
