package org.marsad.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.Test;

class SearchAnalyzersTest {
    static List<String> terms(Analyzer a, String text) throws IOException {
        List<String> out = new ArrayList<>();
        try (TokenStream ts = a.tokenStream("f", text)) {
            CharTermAttribute t = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) out.add(t.toString());
            ts.end();
        }
        return out;
    }

    @Test
    void stemmedFindsCliticAndPluralForms() throws IOException {
        Analyzer a = SearchAnalyzers.stemmed();
        String key = terms(a, "الحكومة").get(0);
        assertEquals(List.of(key, key), terms(a, "والحكومة بالحكومة"));
        assertEquals(terms(a, "المُفاوضات"), terms(a, "مفاوضات"));
        assertEquals(List.of("2023"), terms(a, "٢٠٢٣"));
        assertEquals(List.of(), terms(a, "في من على"));   // stop words
    }

    @Test
    void normalizedKeepsWordsButFoldsSpelling() throws IOException {
        assertEquals(List.of("اسراييل", "وبالحكومه"), terms(SearchAnalyzers.normalized(), "إسرائيل وبالحكومة"));
        assertEquals(List.of("إسرائيل", "reuters"), terms(SearchAnalyzers.exact(), "إسرائيل Reuters"));
    }
}
