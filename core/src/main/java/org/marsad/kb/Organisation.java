package org.marsad.kb;

import java.util.List;

/**
 * An IGO, a state institution or a non-state group (igos.tsv, institutions.tsv, groups.tsv).
 *
 * @param kind   IGO, INSTITUTION or GROUP
 * @param role   institution kind (mofa, mod, army …); for an IGO its parent id; else empty
 */
public record Organisation(String id, KbKind kind, String code, String sector, String role, String nameEn, List<String> namesAr) {
    public Organisation {
        namesAr = List.copyOf(namesAr);
    }
}
