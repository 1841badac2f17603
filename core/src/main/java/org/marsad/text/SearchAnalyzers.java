package org.marsad.text;

import java.io.IOException;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.apache.lucene.analysis.ar.ArabicStemFilter;
import org.apache.lucene.analysis.core.DecimalDigitFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Lucene analyzers for the search side (the store indexes and queries with the same one). All
 * start with Lucene's {@link StandardTokenizer} (Unicode word breaks; offsets are those of the
 * original text, so highlights line up with spans) and lower-case Latin letters.
 * <ul>
 *   <li>{@link #stemmed()}: Arabic stop words removed, digits folded, Marsad's {@link ArabicNormalizer}
 *       keys, then Lucene's light stemmer ({@link ArabicStemFilter}: ال و بال … in front, ها ات ون ين
 *       … behind) — "والحكومة", "بالحكومة", "حكومات" find one another. For full-text search.</li>
 *   <li>{@link #normalized()}: the same keys without stop words or stemming — exact phrases, names.</li>
 *   <li>{@link #exact()}: only tokenised and lower-cased — the text as written (ids, quotations).</li>
 * </ul>
 * Analyzers are thread-safe; build one per index and reuse it.
 */
public final class SearchAnalyzers {
    private SearchAnalyzers() {}

    public static Analyzer stemmed() {
        CharArraySet stop = ArabicAnalyzer.getDefaultStopSet();
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String field) {
                Tokenizer src = new StandardTokenizer();
                TokenStream t = new LowerCaseFilter(src);
                t = new DecimalDigitFilter(t);
                t = new StopFilter(t, stop);
                t = new MarsadNormalizationFilter(t);
                t = new ArabicStemFilter(t);
                return new TokenStreamComponents(src, t);
            }

            @Override
            protected TokenStream normalize(String field, TokenStream in) {
                return new MarsadNormalizationFilter(new DecimalDigitFilter(new LowerCaseFilter(in)));
            }
        };
    }

    public static Analyzer normalized() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String field) {
                Tokenizer src = new StandardTokenizer();
                return new TokenStreamComponents(src, new MarsadNormalizationFilter(new DecimalDigitFilter(new LowerCaseFilter(src))));
            }

            @Override
            protected TokenStream normalize(String field, TokenStream in) {
                return new MarsadNormalizationFilter(new DecimalDigitFilter(new LowerCaseFilter(in)));
            }
        };
    }

    public static Analyzer exact() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String field) {
                Tokenizer src = new StandardTokenizer();
                return new TokenStreamComponents(src, new LowerCaseFilter(src));
            }

            @Override
            protected TokenStream normalize(String field, TokenStream in) { return new LowerCaseFilter(in); }
        };
    }

    /** Lucene's own {@link ArabicAnalyzer}, the reference the benchmark compares with. */
    public static Analyzer luceneArabic() { return new ArabicAnalyzer(); }

    /** Applies {@link ArabicNormalizer#fold(char)} to each term in place (deleting what it drops). */
    static final class MarsadNormalizationFilter extends TokenFilter {
        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

        MarsadNormalizationFilter(TokenStream in) { super(in); }

        @Override
        public boolean incrementToken() throws IOException {
            if (!input.incrementToken()) return false;
            char[] b = term.buffer();
            int n = term.length(), w = 0;
            for (int i = 0; i < n; i++) {
                char f = ArabicNormalizer.fold(b[i]);
                if (f != 0 && f != ' ') b[w++] = f;
            }
            term.setLength(w);
            return true;
        }
    }
}
