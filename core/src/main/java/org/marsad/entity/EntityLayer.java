package org.marsad.entity;

import java.util.List;
import org.marsad.text.TextLayer;

/**
 * Entities of one document (one per distinct referent), their mentions in text order, and the titles
 * that introduce named people ("مبعوث الأمم المتحدة إلى سوريا" before the envoy's name): a mention
 * spans the name alone, while what governs the phrase stands before its title.
 */
public record EntityLayer(List<Entity> entities, List<Mention> mentions, List<Title> titles) {
    /** Tokens {@code [firstToken, nameToken)} are the title of the person named from {@code nameToken}. */
    public record Title(int firstToken, int nameToken) {}

    public EntityLayer {
        entities = List.copyOf(entities);
        mentions = List.copyOf(mentions);
        titles = List.copyOf(titles);
    }

    public EntityLayer(List<Entity> entities, List<Mention> mentions) { this(entities, mentions, List.of()); }

    public static EntityLayer empty() { return new EntityLayer(List.of(), List.of()); }

    /**
     * A phrase of tokens {@code [first, end)} as a mention shows it: without its proclitics but with
     * its article (والعراق → العراق, لمصادر طبية → مصادر طبية, للمرصد → المرصد).
     */
    public static String shown(String text, TextLayer t, int first, int end) {
        int s = EntityAssembler.start(text, t, first), e = t.tokenEnd(end - 1);
        int f = t.proclitics(first);
        boolean li = (f & TextLayer.LI) != 0, al = (f & TextLayer.AL) != 0;
        // (a noun that begins with ل takes لـ and the article as "للجنة": to the committee, اللجنة)
        boolean fusedArticle = li && (al || text.startsWith("لل", t.tokenStart(first)) && text.startsWith("ل", s));
        return (fusedArticle ? "ال" : "") + text.substring(s, e);
    }

    /** First token of the title of the person named from {@code nameToken}, or -1 when no title introduced it. */
    public int titleStart(int nameToken) {
        for (Title t : titles) if (t.nameToken() == nameToken) return t.firstToken();
        return -1;
    }
}
