package org.marsad.entity;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.marsad.text.TextLayer;

/**
 * Passes over a whole document after the sentence scan: short forms of people named in full,
 * namesake towns and units, and what a trained tagger adds. They edit the scan's mention list.
 */
final class DocumentPasses {
    private final Scan sc;
    private final EntityRecognizer r;
    private final TextLayer t;
    private final String[] keys;
    private final int[] ids;
    private final List<Found> found;
    private final boolean[] covered;

    DocumentPasses(Scan sc, EntityRecognizer r, TextLayer t, String[] keys, int[] ids, List<Found> found, boolean[] covered) {
        this.sc = sc; this.r = r; this.t = t; this.keys = keys; this.ids = ids; this.found = found; this.covered = covered;
    }


    private static final java.util.regex.Pattern UNIT_SUFFIX = java.util.regex.Pattern.compile(" (Governorate|District|Province|Region|Oblast|Rayon)$");

    /**
     * A town and the unit named after it (حجة and محافظة حجة, حرض and مديرية حرض) are one place in a
     * story's entity list: the later-named joins the first.
     */
    void mergeNamesakePlaces() {
        Map<String, Found> byRoot = new HashMap<>();
        for (int k = 0; k < found.size(); k++) {
            Found f = found.get(k);
            if (f.kind() != MentionKind.PLACE || f.id() == null || f.name() == null) continue;
            String root = f.code() + "/" + UNIT_SUFFIX.matcher(f.name()).replaceAll("").toLowerCase(java.util.Locale.ROOT);
            Found first = byRoot.putIfAbsent(root, f);
            if (first != null && !first.key().equals(f.key())) {
                found.set(k, new Found(f.first(), f.end(), f.kind(), f.type(), first.key(), first.id(), first.name(), first.code(), first.sector(), f.role()));
            }
        }
    }

    /**
     * "وقالت الحركة" after "حركة حماس": a bare definite head noun (short-forms.tsv) is the latest
     * organisation named before it whose names begin with that noun; a definite adjective after it
     * ("الحركة الشعبية") names another body, unless it is one of the words allowed after.
     */
    void addShortForms() {
        if (r.shortFormIds.isEmpty()) return;
        for (int s = 0; s < t.sentenceCount(); s++) {
            if (t.isBoilerplate(s)) continue;
            int end = t.sentenceEndToken(s);
            for (int i = t.sentenceFirstToken(s); i < end; i++) {
                java.util.Set<String> ids = r.shortFormIds.get(keys[i]);
                if (ids == null || !definite(i)) continue;
                // "التنظيم الإرهابي", read by the patterns as an unnamed body: the epithet is of the body named before
                int replaced = -1;
                if (covered[i]) {
                    for (int k = 0; k < found.size() && replaced < 0; k++) {
                        Found f = found.get(k);
                        if (f.first() == i && f.id() == null && f.end() > i + 1 && allAfter(i + 1, f.end())) replaced = k;
                    }
                    if (replaced < 0) continue;
                } else if (i + 1 < end && definite(i + 1) && (t.proclitics(i + 1) & TextLayer.WA) == 0 && !r.lex.shortAfter.contains(keys[i + 1])) {
                    continue;
                }
                Found ante = null;
                for (Found f : found) {
                    if (f.first() < i && f.id() != null && ids.contains(f.id()) && (ante == null || f.first() > ante.first())) ante = f;
                }
                if (ante == null) continue;
                int e = replaced >= 0 ? found.get(replaced).end() : i + 1;
                Found g = new Found(i, e, ante.kind(), ante.type(), ante.key(), ante.id(), ante.name(), ante.code(), ante.sector(), ante.role());
                if (replaced >= 0) found.set(replaced, g);
                else { found.add(g); covered[i] = true; }
            }
        }
    }

    private boolean allAfter(int from, int to) {
        for (int k = from; k < to; k++) if (!r.lex.shortAfter.contains(keys[k])) return false;
        return true;
    }

    /** The token carries the article (التحالف، والحركة، للتنظيم). */
    private boolean definite(int i) {
        String w = t.surfaceNorm(i);
        return (t.proclitics(i) & TextLayer.AL) != 0 || t.norm(i).startsWith("ال") || w.startsWith("لل") || w.startsWith("ال")
                || w.length() > 4 && (w.startsWith("بال") || w.startsWith("وال") || w.startsWith("فال") || w.startsWith("كال"));
    }

    /** Later bare surnames of people named in full (فوزي برهوم … برهوم). */
    void addSurnames() {
        Map<String, Found> bySurname = new HashMap<>(), byFirst = new HashMap<>();
        for (Found f : found) {
            // (a person read from a title alone, "المبعوث الأممي" → the envoy of the date, has no surname in it)
            if (!"PER".equals(f.type()) || f.end() - f.first() < 2 || titleOnly(f) || fromTitle(f)) continue;
            String last = keys[f.end() - 1];
            if (last.length() >= 3 && !r.lex.givenNames.contains(last)) bySurname.putIfAbsent(last, f);
            byFirst.putIfAbsent(keys[f.first()], f);
        }
        // A lone first or last name found on its own (قال مارتن), or the tail of a longer name
        // (عبد الرحمن after رامي عبد الرحمن), is the person named in full.
        for (int k = 0; k < found.size(); k++) {
            Found f = found.get(k);
            if (!"PER".equals(f.type()) || f.id() != null) continue;
            if (titleOnly(f)) {
                // "المبعوث الأممي" after "المبعوث الأممي إلى السودان فولكر بيرتس": the holder of that office named before
                Found holder = null;
                for (Found g : found) if (g.first() < f.first() && g.id() != null && f.role().equals(g.role()) && f.code().equals(g.code())) holder = g;
                if (holder != null) found.set(k, new Found(f.first(), f.end(), f.kind(), holder.type(), holder.key(), holder.id(), holder.name(), holder.code(), holder.sector(), holder.role()));
                continue;
            }
            Found full = f.end() - f.first() == 1 ? bySurname.getOrDefault(keys[f.first()], byFirst.get(keys[f.first()])) : longerWithTail(f);
            if (full != null && full != f) {
                found.set(k, new Found(f.first(), f.end(), f.kind(), full.type(), full.key(), full.id(), full.name(), full.code(), full.sector(), full.role()));
            }
        }
        if (bySurname.isEmpty()) return;
        int[] st = new int[1];
        for (int s = 0; s < t.sentenceCount(); s++) {
            if (t.isBoilerplate(s)) continue;
            for (int i = t.sentenceFirstToken(s); i < t.sentenceEndToken(s); i++) {
                if (covered[i] || sc.isStop(i)) continue;
                Found f = bySurname.get(keys[i]);
                // a surname that is itself a KB name here (another entity) stays unread; one that is only a
                // word of KB names (كير of سالفا كير, مشار of رياك مشار) is the person named in full
                if (f == null || r.matcher.longest(ids, i, t.sentenceEndToken(s), st) > i) continue;
                found.add(new Found(i, i + 1, f.kind(), f.type(), f.key(), f.id(), f.name(), f.code(), f.sector(), f.role()));
                covered[i] = true;
            }
        }
    }

    /** A person read from a title and at most one word after it ("المبعوث الأممي", "الرئيس الأمريكي"): no name in it. */
    private boolean fromTitle(Found f) {
        Lexicons.Phrase title = r.lex.roles.match(keys, f.first(), f.end());
        return title != null && f.end() - f.first() - title.keys().length <= 1;
    }

    /** A title with no name and no holder known for the date ("المبعوث الأممي"): an office, coded as its body. */
    private boolean titleOnly(Found f) {
        return f.id() == null && f.role() != null && f.code() != null && f.name() == null && f.key().startsWith("PER:") && fromTitle(f);
    }

    private Found longerWithTail(Found f) {
        int n = f.end() - f.first();
        for (Found g : found) {
            int m = g.end() - g.first();
            if (!"PER".equals(g.type()) || m <= n) continue;
            boolean same = true;
            for (int x = 0; x < n && same; x++) same = keys[f.first() + x].equals(keys[g.end() - n + x]);
            if (same) return g;
        }
        return null;
    }

    /** Spans a trained tagger finds where the KB and the rules found nothing. */
    void addTagged(EntityRecognizer.TaggerHook tagger) {
        byte[] rules = new byte[t.tokenCount()];
        for (Found f : found) {
            if (f.kind() == MentionKind.DEMONYM) continue;
            int b = f.type().equals("PER") ? 1 : f.type().equals("LOC") ? 3 : 5;
            for (int k = f.first(); k < f.end(); k++) rules[k] = (byte) (k == f.first() ? b : b + 1);
        }
        for (int s = 0; s < t.sentenceCount(); s++) {
            if (t.isBoilerplate(s)) continue;
            int a = t.sentenceFirstToken(s), b = t.sentenceEndToken(s);
            String[] tags = tagger.tag(t, a, b, rules, r);
            for (int i = a; i < b; ) {
                String tg = tags[i - a];
                if (!tg.startsWith("B-") && !tg.startsWith("I-")) { i++; continue; }
                String type = tg.substring(2);
                int e = i + 1;
                while (e < b && tags[e - a].equals("I-" + type)) e++;
                boolean free = true;
                for (int k = i; k < e; k++) free &= !covered[k];
                String ty = type.equals("PERS") ? "PER" : type;
                if (free && (ty.equals("PER") || ty.equals("LOC") || ty.equals("ORG")) && plausibleTagged(i, e, a, b, ty)) {
                    MentionKind kind = ty.equals("PER") ? MentionKind.PERSON : ty.equals("LOC") ? MentionKind.PLACE : MentionKind.ORG;
                    found.add(new Found(i, e, kind, ty, ty + ":" + sc.joinKeys(i, e), null, null, null, null, null));
                    for (int k = i; k < e; k++) covered[k] = true;
                }
                i = e;
            }
        }
    }

    /**
     * Whether a span the tagger found and the KB and rules left free may be added: not when a KB name
     * lies inside it (the rules saw that name and passed on it), not when it touches a span the rules
     * found (it is a fragment of that name: فيدريكا before a matched موغيريني), and a one-word person
     * only when the word is a known part of a name (a model trained on other news tags كيلومتر).
     */
    private boolean plausibleTagged(int i, int e, int sentStart, int sentEnd, String type) {
        int[] st = new int[1];
        for (int k = i; k < e; k++) if (r.matcher.longest(ids, k, sentEnd, st) > k) return false;
        if ((i > sentStart && covered[i - 1]) || (e < sentEnd && covered[e])) return false;
        return !type.equals("PER") || e - i > 1 || r.personNames.bits(keys[i]) != 0 || r.lex.givenNames.contains(keys[i]);
    }
}
