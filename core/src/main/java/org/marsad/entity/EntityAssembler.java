package org.marsad.entity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.marsad.doc.Span;
import org.marsad.text.ArabicNormalizer;
import org.marsad.text.TextLayer;

/** Turns recognised mentions into one {@link Entity} per referent, with character spans. */
final class EntityAssembler {
    private EntityAssembler() {}

    static EntityLayer assemble(String text, TextLayer t, List<Found> found, List<EntityLayer.Title> titles) {
        List<Found> sorted = new ArrayList<>(found);
        sorted.sort((a, b) -> a.first() != b.first() ? Integer.compare(a.first(), b.first()) : Integer.compare(b.end(), a.end()));
        Map<String, Integer> index = new HashMap<>();
        List<String> keys = new ArrayList<>();
        List<Found> heads = new ArrayList<>();
        List<List<Span>> spans = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        List<Integer> textQuality = new ArrayList<>();
        // Demonyms are attributes, not entities: they join their state's entity only when it is named.
        for (Found f : sorted) {
            if (f.kind() == MentionKind.DEMONYM || index.containsKey(f.key())) continue;
            index.put(f.key(), heads.size());
            keys.add(f.key());
            heads.add(f);
            spans.add(new ArrayList<>());
            texts.add(null);
            textQuality.add(-1);
        }
        List<Mention> mentions = new ArrayList<>();
        for (Found f : sorted) {
            int s = start(text, t, f.first()), e = end(t, f.end());
            Integer ent = index.get(f.key());
            mentions.add(new Mention(s, e, f.first(), f.end(), ent == null ? -1 : ent, f.kind(), f.code(), f.sector()));
            if (ent == null || f.kind() == MentionKind.DEMONYM) continue;
            spans.get(ent).add(new Span(s, e));
            // The text shown is a mention written without a fused ل+ال (للعراق cannot show العراق).
            int q = (t.proclitics(f.first()) & (TextLayer.LI | TextLayer.AL)) == (TextLayer.LI | TextLayer.AL) ? 0 : 1 + Math.min(e - s, 60);
            // (named only as "للاتحاد الأوروبي", it is shown with its article: "الاتحاد الأوروبي")
            String shown = q == 0 ? "ال" + text.substring(s, e) : text.substring(s, e);
            if (q > textQuality.get(ent) && textQuality.get(ent) < 1) { texts.set(ent, shown); textQuality.set(ent, q); }
        }
        List<Entity> entities = new ArrayList<>(heads.size());
        for (int i = 0; i < heads.size(); i++) {
            Found h = heads.get(i);
            entities.add(new Entity(h.type(), texts.get(i), h.name(), h.id(), h.code(), h.sector(), spans.get(i)));
        }
        return new EntityLayer(entities, mentions, titles);
    }

    /** Start of a mention: after proclitics, but keeping the article (والعراق → العراق). */
    static int start(String text, TextLayer t, int tok) {
        int f = t.proclitics(tok), ss = t.stemStart(tok);
        if (f == 0) return t.tokenStart(tok);
        if ((f & TextLayer.AL) == 0 || (f & TextLayer.LI) != 0) return ss;
        int i = ss, letters = 0;
        while (i > t.tokenStart(tok) && letters < 2) {
            i--;
            if (ArabicNormalizer.fold(text.charAt(i)) != 0) letters++;
        }
        return i;
    }

    static int end(TextLayer t, int endTok) { return t.stemEnd(endTok - 1); }
}
