package org.marsad.kb;

/** What a KB entry is; the entity layer maps these onto mention kinds and PER/ORG/LOC. */
public enum KbKind {
    COUNTRY("LOC"), DEMONYM("LOC"), IGO("ORG"), INSTITUTION("ORG"), GROUP("ORG"), PERSON("PER"), PLACE("LOC");

    /** Spec entity type of an entry of this kind. */
    public final String type;

    KbKind(String type) { this.type = type; }
}
