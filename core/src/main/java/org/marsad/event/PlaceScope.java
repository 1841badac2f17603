package org.marsad.event;

import java.util.Set;
import org.marsad.text.ArabicNormalizer;

/**
 * Whether two tellings of an act can have happened at the same place. A state named as the place
 * ("انفجار في أفغانستان") contains every town of it ("في العاصمة كابول"): the headline names the
 * country, the body the town. Two different towns of one state are two places, even when both
 * sentences also name the state.
 */
final class PlaceScope {
    /** Canonical names (and normalised surface forms) of the states the article names. */
    private final Set<String> states;

    PlaceScope(Set<String> states) { this.states = states == null ? Set.of() : states; }

    static final PlaceScope NONE = new PlaceScope(Set.of());

    boolean isState(Location l) {
        return l.name() != null && states.contains(l.name()) || states.contains(ArabicNormalizer.normalize(l.text()));
    }

    /**
     * Compatible places: either side names none; or they share a town or site (by name or
     * spelling, or within 50 km where one is the headline, which names the region of what the body
     * places precisely); or one side names only states and the other lies in one of them (or names
     * places the knowledge base cannot place).
     */
    boolean compatible(Candidate a, Candidate b) {
        if (a.locations.isEmpty() || b.locations.isEmpty()) return true;
        boolean fineA = hasFine(a), fineB = hasFine(b);
        if (fineA && fineB) return shareFine(a, b);
        return fineA ? within(a, b) : within(b, a);
    }

    /**
     * The places of {@code less} say no more than those of {@code more}: none, or only states
     * that contain the places of {@code more}, or a town or site {@code more} names too. A
     * telling that names a town cannot fold into one that names only the country: it may be one
     * of several acts there.
     */
    boolean noMoreSpecific(Candidate less, Candidate more) {
        if (less.locations.isEmpty()) return true;
        if (more.locations.isEmpty()) return true;
        if (hasFine(less)) return hasFine(more) && shareFine(less, more);
        return within(more, less);
    }

    /** The places of {@code fine} lie in the states {@code wide} names (or cannot be placed). */
    private boolean within(Candidate fine, Candidate wide) {
        Set<String> wideCodes = new java.util.HashSet<>();
        for (Location l : wide.locations) if (l.code() != null) wideCodes.add(l.code());
        boolean coded = false;
        for (Location l : fine.locations) {
            if (l.code() == null) continue;
            coded = true;
            if (wideCodes.contains(l.code())) return true;
        }
        return !coded;
    }

    /**
     * A place both name. Where both also name towns, the state they share is no common place:
     * "غارة على صنعاء في اليمن" and "غارة على مأرب في اليمن" are two acts.
     */
    boolean share(Candidate a, Candidate b) {
        if (hasFine(a) && hasFine(b)) return shareFine(a, b);
        return DocumentMerge.sharePlace(a, b);
    }

    /** Both name a town or site, and one the same. */
    boolean shareTown(Candidate a, Candidate b) { return hasFine(a) && hasFine(b) && shareFine(a, b); }

    /** A town or site, not a state: what pins an act down. */
    private boolean hasFine(Candidate c) {
        for (Location l : c.locations) if (!isState(l)) return true;
        return false;
    }

    private boolean shareFine(Candidate a, Candidate b) {
        boolean headline = a.sentence == 0 || b.sentence == 0;
        for (Location x : a.locations) {
            if (isState(x)) continue;
            for (Location y : b.locations) {
                if (isState(y)) continue;
                if (x.name() != null && x.name().equals(y.name())) return true;
                if (ArabicNormalizer.normalize(bare(x.text())).equals(ArabicNormalizer.normalize(bare(y.text())))) return true;
                if (headline && x.lat() != null && y.lat() != null && DocumentMerge.km(x.lat(), x.lon(), y.lat(), y.lon()) <= 50) return true;
            }
        }
        return false;
    }

    /** "بمحافظة حجة" and "محافظة حجة" are one place: a clinging preposition is no part of its name. */
    private static String bare(String s) {
        if (s.length() > 3 && (s.charAt(0) == 'ب' || s.charAt(0) == 'ل') && s.charAt(1) != ' ' && s.startsWith("ال", 1)) return s.substring(1);
        if (s.length() > 4 && s.charAt(0) == 'ب' && s.startsWith("م", 1)) return s.substring(1);
        return s;
    }
}
