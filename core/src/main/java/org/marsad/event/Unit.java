package org.marsad.event;

import java.util.List;

/**
 * A candidate argument of a sentence: one or more adjacent entity mentions read as one noun
 * phrase ("وزير الخارجية الروسي سيرغي لافروف"), a noun qualified by a demonym ("غارات تركية"), or a
 * pronoun-like word resolved by coreference ("الطرفين").
 *
 * @param first   first token (the head noun for a demonym phrase)
 * @param at      first token of the mention itself (the adjective for a demonym phrase)
 * @param end     one past the last token
 * @param parties what it refers to (two for "الطرفين")
 * @param prep    normalised preposition governing it ("علي", "ضد", "ل", "بين", "من قبل") or null
 * @param place   a place (or a state named as where something happens), not a party
 * @param demonym only a demonym adjective attributes it ("غارات تركية": first is the noun)
 * @param conj    joined to the preceding unit by و
 * @param lat     for a place: latitude, else null
 * @param lon     for a place: longitude, else null
 * @param placeName for a place: canonical name, else null
 * @param capital a place that is a state's capital named where a party stands (no preposition, or one of
 *                {@code capital-party-prep}): it is still the event's place, and it may stand for its
 *                government in the roles of a non-violent act ("عقوبات على كاراكاس")
 */
record Unit(int first, int at, int end, List<Party> parties, String prep, boolean place, boolean demonym, boolean conj,
            Double lat, Double lon, String placeName, boolean capital) {
    Unit {
        parties = List.copyOf(parties);
    }

    Unit(int first, int at, int end, List<Party> parties, String prep, boolean place, boolean demonym, boolean conj,
         Double lat, Double lon, String placeName) {
        this(first, at, end, parties, prep, place, demonym, conj, lat, lon, placeName, false);
    }

    /**
     * One phrase of one sentence is one unit: roles are lists of the units read, looked up (contains, remove,
     * indexOf) in every reading, so a unit equals itself only (the record's field-by-field equality compared
     * party lists each time, and two readings of one span are never meant to be the same unit).
     */
    @Override
    public boolean equals(Object o) { return this == o; }

    @Override
    public int hashCode() { return System.identityHashCode(this); }

    /** May be a party of an act: not a place, or (for a non-violent act) a capital standing for its state. */
    boolean party(boolean violent) { return !place || capital && !violent; }

    String code() { return parties.isEmpty() ? null : parties.get(0).code(); }

    boolean hasCode() {
        for (Party p : parties) if (p.code() != null) return true;
        return false;
    }
}
