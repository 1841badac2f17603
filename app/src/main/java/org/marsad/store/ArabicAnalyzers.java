package org.marsad.store;

import java.io.IOException;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.ar.ArabicStemFilter;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.marsad.text.ArabicNormalizer;

/**
 * The three views of article text in the index, each its own field:
 * <ul>
 *   <li><b>exact</b> ({@code *_exact}): words as written, lower-cased (diacritics and hamza forms kept);</li>
 *   <li><b>normalised</b> ({@code *_norm}): {@link ArabicNormalizer} applied, so أحمد = احمد and
 *       مدينة = مدينه, diacritics and tatweel gone, Arabic-Indic digits as ASCII;</li>
 *   <li><b>stemmed</b> ({@code *_stem}): normalised, then Lucene's light Arabic stemmer (Light-10:
 *       the article and conjunction prefixes and the common plural/feminine/pronoun suffixes off),
 *       so القوات matches قوات and قواتها.</li>
 * </ul>
 * A query is analysed per field with the same chain, so a phrase query works in each view.
 */
final class ArabicAnalyzers {
    private ArabicAnalyzers() {}

    static final String[] VIEWS = {"exact", "norm", "stem"};

    static Analyzer exact() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String field) {
                Tokenizer t = new StandardTokenizer();
                return new TokenStreamComponents(t, new LowerCaseFilter(t));
            }
        };
    }

    static Analyzer normalised() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String field) {
                Tokenizer t = new StandardTokenizer();
                return new TokenStreamComponents(t, new NormalizeFilter(new LowerCaseFilter(t)));
            }
        };
    }

    static Analyzer stemmed() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String field) {
                Tokenizer t = new StandardTokenizer();
                return new TokenStreamComponents(t, new ArabicStemFilter(new NormalizeFilter(new LowerCaseFilter(t))));
            }
        };
    }

    /** Routes {@code X_exact}, {@code X_norm} and {@code X_stem} to their chains (stem for anything else). */
    static Analyzer perField(String... baseFields) {
        Analyzer exact = exact(), norm = normalised(), stem = stemmed();
        Map<String, Analyzer> m = new java.util.HashMap<>();
        for (String f : baseFields) {
            m.put(f + "_exact", exact);
            m.put(f + "_norm", norm);
            m.put(f + "_stem", stem);
        }
        return new PerFieldAnalyzerWrapper(stem, m);
    }

    /** Applies {@link ArabicNormalizer#fold} to every character of a term, dropping deleted ones. */
    static final class NormalizeFilter extends TokenFilter {
        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

        NormalizeFilter(TokenStream in) {
            super(in);
        }

        @Override
        public boolean incrementToken() throws IOException {
            while (input.incrementToken()) {
                char[] b = term.buffer();
                int n = 0, len = term.length();
                for (int i = 0; i < len; i++) {
                    char f = ArabicNormalizer.fold(b[i]);
                    if (f != 0 && f != ' ') b[n++] = f;
                }
                if (n == 0) continue; // a token of diacritics or marks only: nothing left to index
                term.setLength(n);
                return true;
            }
            return false;
        }
    }
}
