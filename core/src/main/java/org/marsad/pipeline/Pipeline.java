package org.marsad.pipeline;

import java.util.List;
import org.marsad.doc.Document;
import org.marsad.entity.EntityLayer;
import org.marsad.entity.EntityRecognizer;
import org.marsad.event.Event;
import org.marsad.event.EventExtractor;
import org.marsad.event.PlaceLookup;
import org.marsad.kb.KnowledgeBase;
import org.marsad.quantity.Casualty;
import org.marsad.quantity.CasualtyTagger;
import org.marsad.time.TimeExpr;
import org.marsad.time.TimeTagger;
import org.marsad.text.TextAnalyzer;
import org.marsad.text.TextLayer;

/**
 * Composes the stages one way: text → entities → time &amp; quantity → events. Thread-safe once
 * built; build one per process (it loads the knowledge base and lexicons).
 */
public final class Pipeline {
    private final KnowledgeBase kb;
    private final EntityRecognizer entities;
    private final TextAnalyzer analyzer;
    private final TimeTagger times = new TimeTagger();
    private final CasualtyTagger casualties = new CasualtyTagger();
    private final EventExtractor events;

    /** The shipped KB, the GeoNames overlay when imported, and the NER model from $MARSAD_NER_MODEL when set. */
    public Pipeline() { this(KnowledgeBase.load(), System.getenv("MARSAD_NER_MODEL")); }

    /** @param nerModel path of a trained tagger model to combine with the KB, or null */
    public Pipeline(KnowledgeBase kb, String nerModel) {
        this.kb = kb;
        this.entities = new EntityRecognizer(kb, nerModel == null || nerModel.isBlank() ? null
                : org.marsad.entity.PerceptronTagger.hook(java.nio.file.Path.of(nerModel)));
        // KB name tokens are known words, so clitic segmentation never cuts a name (بغداد، لبنان).
        this.analyzer = entities.newAnalyzer();
        this.events = new EventExtractor(placeLookup(kb));
    }

    /** Coordinates of a place or state entity from the KB (places by id, states by code). */
    static PlaceLookup placeLookup(KnowledgeBase kb) {
        return e -> {
            if (e.id() != null) {
                var p = kb.place(e.id());
                // Capitals known only from countries.tsv have no coordinates (NaN): no point then.
                if (p.isPresent() && !Double.isNaN(p.get().lat())) return new double[] {p.get().lat(), p.get().lon()};
            }
            if (e.code() != null && "LOC".equals(e.type())) {
                var c = kb.country(e.code());
                if (c.isPresent() && e.id() != null && e.id().startsWith("cty:")) return new double[] {c.get().lat(), c.get().lon()};
            }
            return null;
        };
    }

    public KnowledgeBase knowledgeBase() { return kb; }

    /** The text layer builder, configured with the KB's name tokens as known words. */
    public TextAnalyzer textAnalyzer() { return analyzer; }

    /** Runs every stage over one document and returns the record `marsad extract` prints. */
    public DocumentRecord process(Document doc) {
        TextLayer text = analyzer.analyze(doc);
        EntityLayer ents = entities.recognize(doc, text);
        List<TimeExpr> tx = times.tag(doc.text(), doc.published());
        List<Casualty> cas = casualties.tag(doc.text());
        List<Event> evs = events.extract(doc, text, ents, tx, cas);
        return new DocumentRecord(doc.id(), doc.title(),
                doc.published() == null ? null : doc.published().toString(), doc.outlet(), ents.entities(), evs);
    }
}
