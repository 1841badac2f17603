package org.marsad.eval;

import java.io.File;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.marsad.doc.Document;
import org.marsad.event.Event;
import org.marsad.entity.Entity;
import org.marsad.event.Party;
import org.marsad.pipeline.DocumentRecord;

/**
 * The UniversalPetrarch Arabic validation sentences ({@code arabic_assault_gsr_validation.xml},
 * {@code arabic_protest_gsr_validation.xml}): each sentence a document dated by its {@code date};
 * how many are coded with their category, how many with the other one, and how often the gold
 * source country (first three letters of {@code sourcecode}) is among the actor codes of the
 * first event of the category.
 */
public final class PetrarchScore {
    /** One file's tally. */
    public static final class Tally {
        public final String category, other;
        public int sentences, coded, codedOther, withCountry, countryHit;
        public final List<String> misses = new ArrayList<>();
        /** Sentences whose gold source country is not among the first event's actors, with what was coded. */
        public final List<String> explained = new ArrayList<>();
        /** Sentences also coded with the other category, with what was coded. */
        public final List<String> explainedOther = new ArrayList<>();

        Tally(String category, String other) { this.category = category; this.other = other; }

        public double codedRate() { return sentences == 0 ? 0 : (double) coded / sentences; }
        public double otherRate() { return sentences == 0 ? 0 : (double) codedOther / sentences; }
        public double countryRate() { return withCountry == 0 ? 0 : (double) countryHit / withCountry; }
    }

    private PetrarchScore() {}

    /**
     * @param file      one validation XML file
     * @param category  ASSAULT or PROTEST: what every sentence of the file is
     * @param countries ISO3 codes of states (a CAMEO code like "UAF" or "None" is not one)
     * @param extract   the pipeline: document → its events
     */
    public static Tally score(File file, String category, String other, Set<String> countries,
                              Function<Document, DocumentRecord> extract) throws java.io.IOException {
        // read sentence by sentence with patterns: the files are not all well-formed XML
        String xml = java.nio.file.Files.readString(file.toPath(), java.nio.charset.StandardCharsets.UTF_8);
        Matcher m = SENTENCE.matcher(xml);
        Tally t = new Tally(category, other);
        DateTimeFormatter ymd = DateTimeFormatter.BASIC_ISO_DATE;
        while (m.find()) {
            String attrs = m.group(1), body = m.group(2);
            Matcher tx = TEXT.matcher(body);
            if (!tx.find()) continue;
            String text = unescape(tx.group(1)).strip();
            LocalDate date = null;
            try {
                date = LocalDate.parse(attr(attrs, "date"), ymd);
            } catch (RuntimeException e) {
                // undated sentence: relative dates stay unresolved
            }
            String source = null;
            Matcher ec = CODING.matcher(body);
            if (ec.find()) {
                String sc = attr(ec.group(1), "sourcecode");
                if (sc != null && sc.length() >= 3 && countries.contains(sc.substring(0, 3))) source = sc.substring(0, 3);
            }
            String id = attr(attrs, "id");
            DocumentRecord rec = extract.apply(Document.of(id == null ? "s" + t.sentences : id, null, text, date));
            List<Event> evs = rec.events();
            t.sentences++;
            Event first = null;
            boolean otherSeen = false;
            for (Event e : evs) {
                if (first == null && e.eventType().equals(category)) first = e;
                otherSeen |= e.eventType().equals(other);
            }
            if (first != null) t.coded++;
            else if (t.misses.size() < 400) t.misses.add("NOT " + category + ": " + text);
            if (otherSeen) {
                t.codedOther++;
                Matcher oc = CODING.matcher(body);
                t.explainedOther.add("ALSO " + other + ": " + explain(null, oc.find() ? attr(oc.group(1), "sourcecode") : null, body, text, rec));
            }
            if (source != null) {
                t.withCountry++;
                boolean hit = false;
                if (first != null) for (Party p : first.actor()) hit |= source.equals(p.code());
                if (hit) t.countryHit++;
                else if (first != null && t.misses.size() < 400) t.misses.add("SOURCE " + source + " not in " + actorCodes(first) + ": " + text);
                if (!hit) t.explained.add(explain(source, attr(ec.group(1), "sourcecode"), body, text, rec));
            }
        }
        return t;
    }

    private static final Pattern SENTENCE = Pattern.compile("<Sentence\\b([^>]*)>(.*?)</Sentence>", Pattern.DOTALL);
    private static final Pattern TEXT = Pattern.compile("<Text>(.*?)</Text>", Pattern.DOTALL);
    private static final Pattern CODING = Pattern.compile("<EventCoding\\b([^>]*)/?>");

    private static String attr(String attrs, String name) {
        Matcher m = Pattern.compile("\\b" + name + "=\"([^\"]*)\"").matcher(attrs);
        return m.find() ? unescape(m.group(1)) : null;
    }

    private static String unescape(String s) {
        return s.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&apos;", "'").replace("&amp;", "&");
    }

    /** A source-country miss: the gold source, the sentence, every coded event with its parties, every entity. */
    private static String explain(String source, String sourceCode, String body, String text, DocumentRecord rec) {
        StringBuilder b = new StringBuilder();
        Matcher et = EVENT_TEXT.matcher(body);
        String goldText = et.find() ? attr(et.group(1), "sourcetext") : null;
        b.append("GOLD ").append(sourceCode).append(" «").append(goldText).append("»\n  ").append(text).append('\n');
        if (rec.events().isEmpty()) b.append("  (no events)\n");
        for (Event e : rec.events())
            b.append("  ").append(e.eventType()).append(e.mode() == null ? "" : "/" + e.mode())
                    .append(' ').append(parties(e.actor())).append(" → ").append(parties(e.recipient()))
                    .append(" @").append(e.locations().stream().map(l -> l.text() + " " + l.code()).toList()).append('\n');
        b.append("  entities:");
        for (Entity en : rec.entities()) b.append(' ').append(en.type()).append(":").append(en.text()).append('/').append(en.code());
        return b.toString();
    }

    private static String parties(List<Party> ps) {
        StringBuilder b = new StringBuilder("[");
        for (Party p : ps) b.append(b.length() > 1 ? ", " : "").append(p.text()).append('/').append(p.code());
        return b.append(']').toString();
    }

    private static final Pattern EVENT_TEXT = Pattern.compile("<EventText\\b([^>]*)/?>");

    private static List<String> actorCodes(Event e) {
        List<String> l = new ArrayList<>();
        for (Party p : e.actor()) l.add(p.code());
        return l;
    }
}
