package org.marsad.entity;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.marsad.kb.KbNames;
import org.marsad.kb.KnowledgeBase;
import org.marsad.text.TextAnalyzer;

/** Runs kb/first-names.examples.tsv: the name features of each word, read as the tagger reads text. */
class PersonNamesTest {
    @Test
    void examples() {
        EntityRecognizer rec = new EntityRecognizer(KnowledgeBase.load());
        TextAnalyzer a = rec.newAnalyzer();
        List<String> misses = new ArrayList<>();
        int n = 0;
        for (Map<String, String> row : Lexicons.rows("/kb/first-names.examples.tsv")) {
            n++;
            String[] keys = KbNames.keys(a, row.get("word"));
            int bits = keys.length == 1 ? rec.personNames.bits(keys[0]) : 0;
            String got = describe(bits);
            for (String want : row.get("expected").split("\\s*\\|\\s*")) {
                if (!got.contains(want)) misses.add(row.get("word") + ": expected " + want + ", got " + got);
            }
            if (row.get("expected").equals("none") && bits != 0) misses.add(row.get("word") + ": expected none, got " + got);
        }
        assertTrue(misses.isEmpty(), misses.size() + "/" + n + " wrong:\n" + String.join("\n", misses));
    }

    private static String describe(int bits) {
        List<String> out = new ArrayList<>();
        if ((bits & PersonNames.GIVEN) != 0) out.add("given");
        if ((bits & PersonNames.GIVEN_COMMON) != 0) out.add("given-common");
        if ((bits & PersonNames.FAMILY) != 0) out.add("family");
        if ((bits & PersonNames.KB_FIRST) != 0) out.add("kb-first");
        return out.isEmpty() ? "none" : String.join(" ", out);
    }
}
