package org.marsad.event;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * One event per action per document: the headline and the body, or the lead and a later
 * paragraph, often tell the same act. Same type, same date, compatible parties, modes and places
 * make one event, whose evidence is the most informative sentence. Then the spec's records.
 */
final class DocumentMerge {
    private DocumentMerge() {}

    static List<Event> merge(String docId, String text, List<Candidate> all) { return merge(docId, text, all, PlaceScope.NONE); }

    /** @param scope which places are states (they contain the towns of the article) */
    static List<Event> merge(String docId, String text, List<Candidate> all, PlaceScope scope) {
        List<DocumentFold.Group> groups = new ArrayList<>();
        for (Candidate c : all) {
            DocumentFold.Group into = null;
            for (int k = 0; k < groups.size() && into == null; k++) if (same(groups.get(k).merged, c, scope)) into = groups.get(k);
            if (into == null) { groups.add(new DocumentFold.Group(c)); continue; }
            boolean cBetter = c.informativeness() > into.evidence.informativeness();
            SentenceMerge.absorb(into.merged, c, false);
            if (cBetter) into.evidence = c;
            if (into.claim == null && c.status.equals("claimed")) into.claim = c;
        }
        DocumentFold.fold(groups, scope);
        DocumentFold.partiesFromFocus(groups, all);
        List<Event> out = new ArrayList<>(groups.size());
        Set<String> ids = new HashSet<>();
        for (DocumentFold.Group g : groups) {
            Candidate c = g.merged, ev = g.evidence;
            String id = id(docId, c.type, ev.evStart, ev.trigChar);
            if (!ids.add(id)) continue;
            // the status is the one of the sentence kept as evidence; a claim names its claimants
            String status = ev.status;
            Candidate source = ev;
            if (status.equals("asserted") && g.claim != null && !c.official) { status = "claimed"; source = g.claim; }
            List<Party> claimedBy = status.equals("claimed") ? (source.claimedBy.isEmpty() ? c.claimedBy : source.claimedBy) : List.of();
            out.add(new Event(id, c.type, c.mode, new ArrayList<>(c.context), c.date, c.dateEnd, c.actor, c.recipient,
                    c.locations, new Sizes(c.killed, c.injured, c.captured), claimedBy, status,
                    new Evidence(text.substring(ev.evStart, ev.evEnd), ev.evStart, ev.evEnd)));
        }
        return out;
    }

    private static boolean same(Candidate a, Candidate b, PlaceScope scope) {
        if (!a.type.equals(b.type) || a.date == null || b.date == null) return false;
        // a retelling without a time expression carries the publication date: it may be the dated act of a day or two before
        // (an undated headline sums up the week's act the body dates: "مقتل العشرات في اشتباكات" over "اندلعت الاشتباكات الإثنين")
        boolean headline = a.sentence == 0 && !a.dated || b.sentence == 0 && !b.dated;
        // ("في عام 2014" and "في يوليو/تموز عام 2014": a year told once and a finer date in it another time)
        if (!a.date.equals(b.date) && !(a.dated != b.dated && withinDays(a.date, b.date, headline ? 7 : 2))
                && !(a.dated && b.dated && (finer(a.date, b.date) || finer(b.date, a.date)))) return false;
        if (!DocumentFold.modesAgree(a.mode, b.mode) || !DocumentFold.fightingAgrees(a, b)) return false;
        // a claim of responsibility names the doer of the attack the article tells, whatever its target
        boolean claim = claimOf(a, b) || claimOf(b, a);
        if (!a.mutual && !b.mutual && !claim && DocumentFold.attackersDiffer(a, b)) return false;
        // what two accusations of one sentence accuse two parties of: two acts, which that sentence kept apart
        if (a.sentence == b.sentence && a.accusation >= 0 && b.accusation >= 0 && a.accusation != b.accusation) return false;
        if (a.status.equals("negated") != b.status.equals("negated")) return false;
        if (DocumentFold.tentative(a) != DocumentFold.tentative(b)) return false;
        Set<String> ca = a.codes(), cb = b.codes();
        // a retelling that names neither parties nor places ("وأوردت القناة أن هناك 20 قتيلا") is the same act
        if ((ca.isEmpty() && a.locations.isEmpty()) != (cb.isEmpty() && b.locations.isEmpty())) return sameToll(a, b) || !anotherAct(a, b);
        if (ca.isEmpty() || cb.isEmpty()) {
            // a toll or attack told again without its parties is the same act when place and toll agree
            boolean places = a.locations.isEmpty() || b.locations.isEmpty() || scope.share(a, b);
            boolean toll = a.killed != null && b.killed != null && java.util.Objects.equals(a.killed.best(), b.killed.best());
            return places && (toll || scope.share(a, b) || ca.isEmpty() && cb.isEmpty()) && sameToll(a, b);
        }
        Set<String> inter = new HashSet<>(ca);
        inter.retainAll(cb);
        if (inter.isEmpty()) return false;
        // the same attacker on the same day at the same place: one act, however its targets are named
        Set<String> a1 = Candidate.codesOf(a.actor), b1 = Candidate.codesOf(b.actor);
        if (!a1.isEmpty() && a1.equals(b1) && !a.mutual && !b.mutual && scope.share(a, b) && sameToll(a, b)) return true;
        boolean subset = ca.containsAll(cb) || cb.containsAll(ca);
        if (!subset && inter.size() * 2 < Math.max(ca.size(), cb.size())) return false;
        Set<String> aa = Candidate.codesOf(a.actor), ar = Candidate.codesOf(a.recipient);
        Set<String> ba = Candidate.codesOf(b.actor), br = Candidate.codesOf(b.recipient);
        if (!a.mutual && !b.mutual && !claim) {
            // a side is a state and whether it is an armed group of it: "داعش" (IRQ) attacking Iraqi police in one
            // telling and the police's state as the target in another do not put one side on both ends
            Set<String> sa = sides(a.actor), sr = sides(a.recipient), ta = sides(b.actor), tr = sides(b.recipient);
            for (String x : sa) if (tr.contains(x) && !sr.contains(x)) return false;
            for (String x : ta) if (sr.contains(x) && !sa.contains(x)) return false;
        }
        if (!a.locations.isEmpty() && !b.locations.isEmpty() && !scope.share(a, b)) return false;
        return sameToll(a, b);
    }

    /** The codes of the parties, an armed group's marked as its own side ("IRQ/armed" beside "IRQ"). */
    private static Set<String> sides(List<Party> ps) {
        Set<String> out = new HashSet<>();
        for (Party p : ps) if (p.code() != null) out.add("REB".equals(p.sector()) || "OPP".equals(p.sector()) ? p.code() + "/armed" : p.code());
        return out;
    }

    /**
     * {@code fine} is a month or day inside the year {@code coarse} ("2014-07" in "2014"). Not a day inside
     * a month: "earlier this month" and "last month" tell other acts of that month as often as the same one.
     */
    static boolean finer(String fine, String coarse) {
        return coarse.length() == 4 && fine.length() > 4 && fine.startsWith(coarse) && fine.charAt(4) == '-';
    }

    /** {@code c} only claims responsibility (no target, no toll of its own) for an attack {@code act} whose doer is unknown or the same. */
    private static boolean claimOf(Candidate c, Candidate act) {
        if (!c.responsibility || !c.recipient.isEmpty() || c.killed != null || c.injured != null) return false;
        Set<String> doers = Candidate.codesOf(act.actor);
        return doers.isEmpty() || doers.equals(Candidate.codesOf(c.actor));
    }

    /**
     * A bare telling with a toll of its own (the other one of {@code a}, {@code b} names parties or
     * places) is another act when it gives its own time ("وقتل فجر الأحد ثلاثة مزارعين" after a report
     * of 400 dead) or a weapon the other does not ("خمسة قتلى بينهم الانتحاري" beside "قتلت الشرطة
     * مسلحَين"); without either it is the act told again by another source ("15 قتيلا في القصف").
     */
    private static boolean anotherAct(Candidate a, Candidate b) {
        Candidate bare = a.codes().isEmpty() && a.locations.isEmpty() ? a : b, other = bare == a ? b : a;
        if (bare.dated) return true;
        return bare.mode != null && !bare.mode.equals(other.mode);
    }

    static boolean withinTwoDays(String x, String y) { return withinDays(x, y, 2); }

    private static boolean withinDays(String x, String y, int days) {
        long dx = epochDay(x), dy = epochDay(y);
        return dx != Long.MIN_VALUE && dy != Long.MIN_VALUE && Math.abs(dx - dy) <= days;
    }

    /** The day of a strict ISO date "YYYY-MM-DD" (what LocalDate.parse accepts in 10 characters), else MIN_VALUE. */
    private static long epochDay(String s) {
        if (s.length() != 10 || s.charAt(4) != '-' || s.charAt(7) != '-') return Long.MIN_VALUE;
        int y = digits(s, 0, 4), m = digits(s, 5, 7), d = digits(s, 8, 10);
        if (y < 0 || m < 0 || d < 0) return Long.MIN_VALUE;
        try {
            return java.time.LocalDate.of(y, m, d).toEpochDay();
        } catch (java.time.DateTimeException e) {
            return Long.MIN_VALUE;
        }
    }

    private static int digits(String s, int from, int to) {
        int v = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') return -1;
            v = v * 10 + (c - '0');
        }
        return v;
    }

    private static boolean sameToll(Candidate a, Candidate b) {
        if (a.killed == null || b.killed == null || NamedVictims.namedAmong(a, b)) return true;
        return java.util.Objects.equals(a.killed.best(), b.killed.best());
    }

    static boolean sharePlace(Candidate a, Candidate b) {
        for (Location x : a.locations) {
            for (Location y : b.locations) {
                if (x.name() != null && x.name().equals(y.name())) return true;
                if (org.marsad.text.ArabicNormalizer.normalize(x.text()).equals(org.marsad.text.ArabicNormalizer.normalize(y.text()))) return true;
                // a headline names the region of what the body places precisely: "دمشق" and "ريف دمشق"
                if ((a.sentence == 0 || b.sentence == 0) && x.lat() != null && y.lat() != null && km(x.lat(), x.lon(), y.lat(), y.lon()) <= 50) return true;
            }
        }
        return false;
    }

    static double km(double la1, double lo1, double la2, double lo2) {
        double p1 = Math.toRadians(la1), p2 = Math.toRadians(la2), dp = p2 - p1, dl = Math.toRadians(lo2 - lo1);
        double h = Math.sin(dp / 2) * Math.sin(dp / 2) + Math.cos(p1) * Math.cos(p2) * Math.sin(dl / 2) * Math.sin(dl / 2);
        return 2 * 6371 * Math.asin(Math.sqrt(Math.min(1, h)));
    }

    /** Stable id: a hash of the document, the type and where the evidence and trigger are. */
    static String id(String docId, String type, int evStart, int trig) {
        MessageDigest md = SHA1.get();
        byte[] h = md.digest((docId + "|" + type + "|" + evStart + "|" + trig).getBytes(StandardCharsets.UTF_8));
        char[] out = new char[3 + 12];
        out[0] = 'e';
        out[1] = 'v';
        out[2] = '-';
        for (int i = 0; i < 6; i++) {
            out[3 + 2 * i] = HEX[(h[i] >> 4) & 0xF];
            out[4 + 2 * i] = HEX[h[i] & 0xF];
        }
        return new String(out);
    }

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    // A digest per thread: getInstance is a provider look-up, and a MessageDigest is not thread-safe.
    private static final ThreadLocal<MessageDigest> SHA1 = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("SHA-1");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    });
}
