package org.marsad.quantity;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * "دون وقوع إصابات", "لم يسفر الهجوم عن سقوط أي ضحايا", "لا قتلى": the text says no one was killed
 * or hurt, a figure of zero for each kind the noun counts. Words are data:
 * {@code quantity/no-casualties.tsv}.
 */
final class NoCasualtyReader {
    private static final int MAX_FILL = 5;
    private final QuantityLexicon lex;

    NoCasualtyReader(QuantityLexicon lex) {
        this.lex = lex;
    }

    /** The phrase opening at token i (its negation), or null. */
    CasualtyTagger.Found at(Tokens t, int i, int limit) {
        if (!lex.noneNeg.contains(t.text(i))) return null;
        int k = i + 1;
        for (int fill = 0; k < limit && fill <= MAX_FILL; fill++) {
            for (Map.Entry<String[], List<CasualtyKind>> noun : lex.noneNouns) {
                int e = QuantityLexicon.matchAt(t, k, noun.getKey());
                if (e < 0 || e > limit) continue;
                List<Casualty> out = new ArrayList<>();
                for (CasualtyKind kind : noun.getValue()) {
                    out.add(new Casualty(t.start(i), t.end(e - 1), kind, Size.exactly(0), null, null));
                }
                return new CasualtyTagger.Found(out, e);
            }
            if (!QuantityLexicon.contains(lex.noneFill, t, k)) return null;
            k++;
        }
        return null;
    }
}
