package org.marsad.ingest;

import java.time.LocalDate;
import java.util.List;
import org.marsad.doc.Document;
import org.marsad.doc.Span;
import org.marsad.text.ArabicNormalizer;

/**
 * Turns what a reader found into a {@link Document}: masks boilerplate, resolves the publication
 * date, finds credited agencies and identifies the language (a non-Arabic article is skipped).
 * The date is taken, in order, from the input's metadata, from {@code --published}, then from a
 * dateline in the text. Thread-safe; the lexicons are loaded once per process.
 */
final class ArticleFactory {
    private static volatile Shared shared;

    private record Shared(Agencies agencies, Boilerplate boilerplate, Dateline dateline, LanguageId language) {}

    private final Shared s;
    private final ReadOptions options;

    private ArticleFactory(Shared s, ReadOptions options) {
        this.s = s;
        this.options = options;
    }

    static ArticleFactory standard(ReadOptions options) {
        Shared sh = shared;
        if (sh == null) {
            synchronized (ArticleFactory.class) {
                if (shared == null) {
                    Agencies a = new Agencies();
                    shared = new Shared(a, new Boilerplate(a), new Dateline(), new LanguageId());
                }
                sh = shared;
            }
        }
        return new ArticleFactory(sh, options);
    }

    /** @param plainFile a .txt/.html file or standard input (no metadata but what the page carries) */
    ReadResult build(RawArticle a, boolean plainFile) {
        String text = a.text();
        if (text == null || text.isBlank()) return ReadResult.error(a.where(), "no text");
        String lang = s.language.identify(text);
        if (lang != null && !lang.equals("ar") && !options.keepNonArabic()) {
            return ReadResult.skipped(a.where(), "document " + a.id() + " is not Arabic (identified as " + lang + ")");
        }
        String normalized = ArabicNormalizer.normalize(text);   // once, for the clean-up and the agencies
        List<Span> boiler = s.boilerplate.mask(text, normalized);
        // --published overrides what a plain file carries; for JSONL and feeds it only fills a gap.
        LocalDate published = plainFile && options.published() != null ? options.published() : a.published();
        if (published == null) published = options.published();
        if (published == null) published = s.dateline.find(text);
        String title = a.title() == null ? PlainTextReader.firstNonEmptyLine(text) : a.title().strip();
        return ReadResult.ok(a.where(), new Document(a.id(), title, text, published, blankToNull(a.outlet()), blankToNull(a.url()),
                s.agencies.findNormalized(normalized), lang, boiler));
    }

    private static String blankToNull(String x) { return x == null || x.isBlank() ? null : x.strip(); }
}
