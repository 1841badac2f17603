package org.marsad.event;

import java.util.ArrayList;
import java.util.List;

/** "الطرفين"، "الجانبين"، "هذه القوات": the parties in focus that the words name. */
final class TwoSides {
    private TwoSides() {}

    /**
     * The last two parties of the focus and of the sentence before token {@code before}: of distinct states, else
     * of distinct names.
     */
    static List<Party> lastTwo(List<Party> focus, List<Unit> sentence, int before) {
        List<Party> pool = new ArrayList<>(focus);
        for (Unit u : sentence) if (u.end() <= before && !u.place()) pool.addAll(u.parties());
        // (a named aid body, rights group or outlet reports on the war; it is no side of it: "منظمة أطباء بلا حدود"، the Red Cross)
        pool.removeIf(p -> p.name() != null && ("CVL".equals(p.sector()) || "MED".equals(p.sector())) || "IGO:ICRC".equals(p.code()));
        // "ودعا الاتحاد الأفريقي الطرفين": the subject right before the words is the one who addresses the two sides, none of them
        for (Unit u : sentence) if (u.end() == before && u.prep() == null && !u.place()) pool.removeIf(p -> p.code() != null && u.parties().stream().anyMatch(q -> p.code().equals(q.code())));
        List<Party> out = new ArrayList<>(2);
        // the last two parties of distinct states; failing that, of distinct names (كير ومشار, both SSD)
        for (int k = pool.size() - 1; k >= 0 && out.size() < 2; k--) {
            Party p = pool.get(k);
            if (p.code() == null) continue;
            boolean seen = false;
            for (Party q : out) seen |= q.code().equals(p.code());
            if (!seen) out.add(0, p);
        }
        if (out.size() == 2) return out;
        out.clear();
        for (int k = pool.size() - 1; k >= 0 && out.size() < 2; k--) {
            Party p = pool.get(k);
            if (p.code() == null) continue;
            boolean seen = false;
            for (Party q : out) seen |= q.text().equals(p.text()) || (q.name() != null && q.name().equals(p.name()));
            if (!seen) out.add(0, p);
        }
        return out;
    }

    /** "هذه القوات": the code of the party of {@code sector} named last (the focus list, latest last), or null. */
    static String lastOfSector(List<Party> focus, String sector) {
        for (int k = focus.size() - 1; k >= 0; k--) if (sector.equals(focus.get(k).sector()) && focus.get(k).code() != null) return focus.get(k).code();
        return null;
    }
}
