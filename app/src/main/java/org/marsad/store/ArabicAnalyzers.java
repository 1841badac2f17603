package org.marsad.store;

import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.marsad.text.SearchAnalyzers;

/**
 * The three views of article text in the index, each its own field, analysed by the text layer's
 * {@link SearchAnalyzers} (index and queries alike, so a phrase query works in each view):
 * <ul>
 *   <li><b>exact</b> ({@code *_exact}): words as written, lower-cased (diacritics and hamza forms kept);</li>
 *   <li><b>normalised</b> ({@code *_norm}): {@code ArabicNormalizer} keys, so أحمد = احمد and
 *       مدينة = مدينه, diacritics and tatweel gone, digits folded;</li>
 *   <li><b>stemmed</b> ({@code *_stem}): normalised, Arabic stop words dropped, then Lucene's light
 *       Arabic stemmer, so القوات matches قوات and قواتها.</li>
 * </ul>
 */
final class ArabicAnalyzers {
    private ArabicAnalyzers() {}

    static final String[] VIEWS = {"exact", "norm", "stem"};

    /** Routes {@code X_exact}, {@code X_norm} and {@code X_stem} to their analyzers (stemmed for anything else). */
    static Analyzer perField(String... baseFields) {
        Analyzer exact = SearchAnalyzers.exact(), norm = SearchAnalyzers.normalized(), stem = SearchAnalyzers.stemmed();
        Map<String, Analyzer> m = new HashMap<>();
        for (String f : baseFields) {
            m.put(f + "_exact", exact);
            m.put(f + "_norm", norm);
            m.put(f + "_stem", stem);
        }
        return new PerFieldAnalyzerWrapper(stem, m);
    }
}
