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
    private final TimeTagger times;
    private final CasualtyTagger casualties;
    private final EventExtractor events;

    /** The time and casualty taggers: they need no KB, so they are built on a second thread meanwhile. */
    private record Taggers(TimeTagger times, CasualtyTagger casualties) {}

    /** The shipped KB, the GeoNames overlay when imported, and the NER model from $MARSAD_NER_MODEL when set. */
    public Pipeline() { this(startTaggers(), KnowledgeBase.load(), System.getenv("MARSAD_NER_MODEL")); }

    /** @param nerModel path of a trained tagger model to combine with the KB, or null */
    public Pipeline(KnowledgeBase kb, String nerModel) { this(startTaggers(), kb, nerModel); }

    private Pipeline(java.util.concurrent.FutureTask<Taggers> taggers, KnowledgeBase kb, String nerModel) {
        this.kb = kb;
        this.entities = new EntityRecognizer(kb, nerModel == null || nerModel.isBlank() ? null
                : org.marsad.entity.PerceptronTagger.hook(java.nio.file.Path.of(nerModel)));
        // KB name tokens are known words, so clitic segmentation never cuts a name (بغداد، لبنان).
        this.analyzer = entities.newAnalyzer();
        this.events = new EventExtractor(placeLookup(kb));
        Taggers t = await(taggers);
        this.times = t.times();
        this.casualties = t.casualties();
    }

    // Startup is a quarter of a 10,000-article run's wall clock on two cores if done on one thread.
    private static java.util.concurrent.FutureTask<Taggers> startTaggers() {
        var task = new java.util.concurrent.FutureTask<>(() -> new Taggers(new TimeTagger(), new CasualtyTagger()));
        Thread t = new Thread(task, "marsad-load-taggers");
        t.setDaemon(true);
        t.start();
        return task;
    }

    private static Taggers await(java.util.concurrent.FutureTask<Taggers> task) {
        try {
            return task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while loading the time and casualty lexicons", e);
        } catch (java.util.concurrent.ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            if (e.getCause() instanceof Error err) throw err;
            throw new IllegalStateException(e.getCause());
        }
    }

    /** Coordinates of a place or state entity from the KB (places by id, states by code), and its capitals. */
    static PlaceLookup placeLookup(KnowledgeBase kb) {
        return new PlaceLookup() {
            @Override
            public double[] latLon(org.marsad.entity.Entity e) {
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
            }

            @Override
            public boolean capital(org.marsad.entity.Entity e) { return kb.isCapital(e.id()); }
        };
    }

    public KnowledgeBase knowledgeBase() { return kb; }

    /** The text layer builder, configured with the KB's name tokens as known words. */
    public TextAnalyzer textAnalyzer() { return analyzer; }

    /** Runs every stage over one document and returns the record `marsad extract` prints. */
    public DocumentRecord process(Document doc) { return process(doc, null); }

    /** The stages of {@link #process}, in order: what {@code afterStage} is called with (bench's per-stage times). */
    public static final List<String> STAGES = List.of("text layer", "entities", "time", "casualties", "events");

    /** As {@link #process(Document)}, calling {@code afterStage} (when not null) with the index in {@link #STAGES} of each stage done. */
    public DocumentRecord process(Document doc, java.util.function.IntConsumer afterStage) {
        TextLayer text = analyzer.analyze(doc);
        if (afterStage != null) afterStage.accept(0);
        EntityLayer ents = entities.recognize(doc, text);
        if (afterStage != null) afterStage.accept(1);
        List<TimeExpr> tx = times.tag(doc.text(), doc.published());
        if (afterStage != null) afterStage.accept(2);
        List<Casualty> cas = casualties.tag(doc.text());
        if (afterStage != null) afterStage.accept(3);
        List<Event> evs = events.extract(doc, text, ents, tx, cas);
        if (afterStage != null) afterStage.accept(4);
        return new DocumentRecord(doc.id(), doc.title(),
                doc.published() == null ? null : doc.published().toString(), doc.outlet(), ents.entities(), evs);
    }
}
