package org.marsad.kb;

import java.time.LocalDate;
import java.util.List;

/**
 * One term of one person in one role (people.tsv). {@code start}/{@code end} are the first and
 * last day covered (a month or year date widened to its whole period); {@code end} null = in office.
 */
public record PersonTerm(String id, String nameEn, List<String> namesAr, String code, String role, String org,
                         LocalDate start, LocalDate end) {
    public PersonTerm {
        namesAr = List.copyOf(namesAr);
    }

    public boolean covers(LocalDate d) {
        return (start == null || !d.isBefore(start)) && (end == null || !d.isAfter(end));
    }
}
