package org.marsad.entity;

/** How a mention names its referent; the event stage reads adjectives differently from names. */
public enum MentionKind {
    /** A state or territory by name: أرمينيا. */
    COUNTRY,
    /** A nisba adjective or demonym: التركية، الأرمن — attributes a noun to a state. */
    DEMONYM,
    /** A state institution: وزارة الدفاع الأرمنية. */
    INSTITUTION,
    /** An international body: مجلس الأمن. */
    IGO,
    /** An armed or political non-state group: الحوثيون. */
    GROUP,
    /** A person, named or resolved from a title: لافروف، وزير الخارجية الروسي. */
    PERSON,
    /** A populated place, region or site: تافوش. */
    PLACE,
    /** Any other organisation. */
    ORG
}
