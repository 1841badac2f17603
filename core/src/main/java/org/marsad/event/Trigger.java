package org.marsad.event;

import java.util.List;

/**
 * One lexicon entry of {@code lexicon/triggers.tsv}: what a word names.
 *
 * @param verbal   read as a verb (subject and object) rather than a noun (genitive, adjective, لـ)
 * @param mutual   two-sided: every party goes to actor
 * @param weak     yields an event only with a coded party or a casualty figure
 * @param agree    a ceasefire noun with it becomes AGREE/ceasefire
 * @param ceasefire names a truce (RETREAT/ceasefire unless agreed or violated)
 * @param violate  a violation: ASSAULT with context ceasefire
 * @param passive  unvocalised, the verb reads as passive when its noun stands before it with no object (قتل)
 * @param resumptive an act only with an object pronoun standing for a weapon named just before it
 *                 ("صاروخين أطلقهما الحوثيون")
 * @param carried  an act only when a light verb with its pronoun follows ("في عملية نفذها مسلحون": the
 *                 operation is an attack, its doer the light verb's subject; "عملية السلام" is none)
 * @param transitive as a verb, an act only with an object: "رحّلت السلطات اللاجئين" (the intransitive verb of
 *                 that spelling, "رحل الشاعر", "ترحل الفنانة", leaves or dies)
 * @param prepObject the verb takes its object with a preposition (سيطر على): a form of it with the feminine ت and
 *                 a pronoun ("مناطق سيطرتها") is its masdar with a possessive, not the verb with an object
 */
record Trigger(String type, String mode, List<String> context, boolean verbal, boolean mutual, boolean weak,
               boolean agree, boolean ceasefire, boolean violate, boolean passive, boolean resumptive,
               boolean carried, boolean transitive, boolean prepObject) {
    Trigger {
        context = List.copyOf(context);
        if (mode != null && mode.isEmpty()) mode = null;
    }

    /** The same entry read as a noun (its masdar: "بالتعاون مع", "بقصف"). */
    Trigger asNoun() { return new Trigger(type, mode, context, false, mutual, weak, agree, ceasefire, violate, passive, resumptive, carried, transitive, prepObject); }
}
