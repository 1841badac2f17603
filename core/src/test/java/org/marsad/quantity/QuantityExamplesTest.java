package org.marsad.quantity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.marsad.text.DataFile;

/** Runs the example corpus {@code quantity/examples.tsv}: numbers, qualified figures and casualties. */
class QuantityExamplesTest {
    static final NumberParser NUMBERS = new NumberParser();
    static final QuantityTagger QUANTITIES = new QuantityTagger();
    static final CasualtyTagger CASUALTIES = new CasualtyTagger();

    static String size(Size s) {
        if (s == null) return "null";
        return b(s.low()) + "/" + b(s.best()) + "/" + b(s.high());
    }

    private static String b(Integer i) {
        return i == null ? "-" : i.toString();
    }

    static String render(Casualty c) {
        return c.kind() + " " + size(c.size()) + (c.victims() == null ? "" : " «" + c.victims() + "»")
                + (c.victimCode() == null ? "" : " " + c.victimCode());
    }

    @Test
    void exampleCorpus() throws Exception {
        List<String> failures = new ArrayList<>();
        int n = 0;
        for (String[] c : DataFile.rows("/quantity/examples.tsv")) {
        String actual = switch (c[0]) {
            case "NUMBER" -> { Long v = NUMBERS.parse(c[1]); yield v == null ? "-" : v.toString(); }
            case "QUANTITY" -> join(QUANTITIES.tag(c[1]).stream().map(q -> size(q.size())).collect(Collectors.toList()));
            case "CASUALTY" -> join(CASUALTIES.tag(c[1]).stream().map(QuantityExamplesTest::render).collect(Collectors.toList()));
            default -> throw new IllegalStateException("unknown example type " + c[0]);
        };
        n++;
        if (!actual.equals(c[2].trim())) failures.add(c[0] + " " + c[1] + "\n   expected " + c[2] + "\n   got      " + actual);
        }
        assertTrue(n > 80, "corpus too small");
        assertEquals("", String.join("\n", failures), failures.size() + " of " + n + " examples failed");
    }

    private static String join(List<String> l) {
        return l.isEmpty() ? "-" : String.join(" | ", l);
    }

    @Test
    void sentenceRangeAndOffsets() {
        String text = "قال المرصد: قتل 5 جنود. وفي حادث آخر أصيب 3 مدنيين بجروح.";
        int second = text.indexOf("وفي");
        List<Casualty> all = CASUALTIES.tag(text);
        assertEquals(2, all.size());
        List<Casualty> inSecond = CASUALTIES.tag(text, second, text.length());
        assertEquals(1, inSecond.size());
        Casualty c = inSecond.get(0);
        assertEquals(CasualtyKind.INJURED, c.kind());
        assertEquals("أصيب 3 مدنيين", text.substring(c.start(), c.end()));
    }
}
