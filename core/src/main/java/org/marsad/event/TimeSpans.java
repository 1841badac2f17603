package org.marsad.event;

import java.util.ArrayList;
import java.util.List;
import org.marsad.entity.Mention;
import org.marsad.entity.MentionKind;
import org.marsad.time.TimeExpr;

/** Time expressions against the other spans of a sentence: names that hold a time word, triggers inside a time. */
final class TimeSpans {
    private TimeSpans() {}

    /** Whether characters {@code [from, to)} lie inside one of {@code times} ("فجر الثلاثاء" is dawn, not "فجّر"). */
    static boolean inside(List<TimeExpr> times, int from, int to) {
        for (TimeExpr t : times) if (t.start() <= from && to <= t.end()) return true;
        return false;
    }

    /**
     * "المجلس الاجتماعي لسوق الجمعة"، "خميس مشيط": a time word inside a name the entity layer read is part of the name, no time.
     * {@code ms} is sorted by start.
     */
    static List<TimeExpr> outsideNames(List<TimeExpr> times, List<Mention> ms) {
        if (times == null || times.isEmpty() || ms.isEmpty()) return times;
        List<TimeExpr> out = new ArrayList<>(times.size());
        for (TimeExpr t : times) {
            boolean in = false;
            for (int k = 0; k < ms.size() && !in && ms.get(k).start() <= t.start(); k++) {
                Mention m = ms.get(k);
                in = t.end() <= m.end() && m.kind() != MentionKind.PERSON;
            }
            if (!in) out.add(t);
        }
        return out;
    }
}
