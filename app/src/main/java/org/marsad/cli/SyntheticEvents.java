package org.marsad.cli;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.marsad.doc.Document;
import org.marsad.event.Event;
import org.marsad.event.Evidence;
import org.marsad.event.Location;
import org.marsad.event.Party;
import org.marsad.event.Sizes;
import org.marsad.pipeline.DocumentRecord;
import org.marsad.quantity.Size;
import org.marsad.store.MarsadStore;

/**
 * Synthetic articles and events for load measurements only (never shown as data): plausible
 * shapes (types, parties, places, dates over six years, casualty figures) so that every filter of
 * {@code /api/events} has realistic selectivity, and the query mix that the benchmark sends.
 */
final class SyntheticEvents {
    private static final String[] TYPES = {"ASSAULT", "ASSAULT", "ASSAULT", "ACCUSE", "CONSULT", "REQUEST", "AGREE",
            "RETREAT", "MOBILIZE", "PROTEST", "COERCE", "THREATEN", "SUPPORT", "REJECT", "SANCTION", "AID"};
    private static final String[] ASSAULT_MODES = {"heavy-weapons", "aerial", "drone", "firearms", "explosives", null};
    private static final String[] STATUSES = {"asserted", "claimed", "claimed", "asserted", "planned", "negated"};
    private static final String[][] PARTIES = {{"ARM", "القوات الأرمينية"}, {"AZE", "القوات الأذربيجانية"},
            {"SYR", "قوات النظام السوري"}, {"TUR", "الجيش التركي"}, {"RUS", "روسيا"}, {"IRN", "إيران"},
            {"YEM", "الحوثيون"}, {"SAU", "التحالف"}, {"ISR", "الجيش الإسرائيلي"}, {"PSE", "حماس"},
            {"LBN", "حزب الله"}, {"IRQ", "الحكومة العراقية"}, {"LBY", "قوات حفتر"}, {"SDN", "الدعم السريع"}};
    private static final Object[][] PLACES = {{"غوريس", "Goris", "ARM", 39.51, 46.34}, {"جيرموك", "Jermuk", "ARM", 39.84, 45.67},
            {"كلبجار", "Kalbajar", "AZE", 40.10, 46.04}, {"حلب", "Aleppo", "SYR", 36.20, 37.16},
            {"إدلب", "Idlib", "SYR", 35.93, 36.63}, {"عفرين", "Afrin", "SYR", 36.51, 36.87}, {"صنعاء", "Sanaa", "YEM", 15.37, 44.19},
            {"الحديدة", "Hodeidah", "YEM", 14.80, 42.95}, {"غزة", "Gaza", "PSE", 31.50, 34.47}, {"الموصل", "Mosul", "IRQ", 36.34, 43.13},
            {"طرابلس", "Tripoli", "LBY", 32.89, 13.19}, {"الخرطوم", "Khartoum", "SDN", 15.50, 32.56},
            {"بنت جبيل", "Bint Jbeil", "LBN", 33.12, 35.43}, {"ستيباناكرت", "Stepanakert", "AZE", 39.82, 46.75}};
    static final String[] QUERY_KINDS = {"all", "type", "dates", "party", "bbox", "killed", "claimed", "location", "page", "text"};
    private static final LocalDate START = LocalDate.of(2020, 1, 1);

    private SyntheticEvents() {}

    /** Stores {@code events} synthetic events, {@code perArticle} a document; returns {articles, events}. */
    static int[] fill(MarsadStore store, int events, int perArticle, Random rnd) {
        int articles = 0, made = 0;
        List<MarsadStore.Article> batch = new ArrayList<>();
        while (made < events) {
            int k = Math.min(perArticle, events - made);
            LocalDate published = START.plusDays(rnd.nextInt(6 * 365));
            StringBuilder text = new StringBuilder();
            List<Event> evs = new ArrayList<>(k);
            String id = "synthetic-" + System.nanoTime() + "-" + articles;
            for (int j = 0; j < k; j++) {
                String[] a = PARTIES[rnd.nextInt(PARTIES.length)];
                String[] b = PARTIES[rnd.nextInt(PARTIES.length)];
                Object[] p = PLACES[rnd.nextInt(PLACES.length)];
                String type = TYPES[rnd.nextInt(TYPES.length)];
                boolean violent = type.equals("ASSAULT");
                Integer killed = violent && rnd.nextInt(3) > 0 ? rnd.nextInt(60) : null;
                String sentence = "قال مصدر إن " + a[1] + " و" + b[1] + " في " + p[0] + " يوم " + published + (killed == null ? "." : " وقتل " + killed + " شخصا.");
                int start = text.length();
                text.append(sentence).append(' ');
                evs.add(new Event(id + "-e" + j, type, violent ? ASSAULT_MODES[rnd.nextInt(ASSAULT_MODES.length)] : null, List.of(),
                        published.minusDays(rnd.nextInt(3)).toString(), null,
                        List.of(new Party(a[1], a[0], violent ? "MIL" : "GOV", null)), List.of(new Party(b[1], b[0], "MIL", null)),
                        List.of(new Location((String) p[0], (String) p[1], (String) p[2], (Double) p[3] + rnd.nextGaussian() * 0.05,
                                (Double) p[4] + rnd.nextGaussian() * 0.05)),
                        killed == null ? Sizes.NONE : new Sizes(new Size(null, killed, null), null, null), List.of(),
                        STATUSES[rnd.nextInt(STATUSES.length)], new Evidence(sentence, start, start + sentence.length())));
            }
            Document doc = new Document(id, "خبر تجريبي " + articles, text.toString(), published, "synthetic", null, List.of(), "ar", List.of());
            batch.add(new MarsadStore.Article(doc, new DocumentRecord(id, doc.title(), published.toString(), "synthetic", List.of(), evs)));
            articles++;
            made += k;
            if (batch.size() == 200 || made >= events) {
                store.ingestAll(batch);
                batch.clear();
            }
        }
        store.flush();
        return new int[] {articles, made};
    }

    /** One query of the mix: {kind, query string}. */
    static String[] query(Random rnd) {
        String kind = QUERY_KINDS[rnd.nextInt(QUERY_KINDS.length)];
        LocalDate d = START.plusDays(rnd.nextInt(6 * 365 - 30));
        Object[] p = PLACES[rnd.nextInt(PLACES.length)];
        String q = switch (kind) {
            case "all" -> "limit=50";
            case "type" -> "type=" + TYPES[rnd.nextInt(TYPES.length)];
            case "dates" -> "from=" + d + "&to=" + d.plusDays(30);
            case "party" -> "party=" + PARTIES[rnd.nextInt(PARTIES.length)][0] + "&sort=-date";
            case "bbox" -> String.format("bbox=%.2f,%.2f,%.2f,%.2f", (Double) p[4] - 1, (Double) p[3] - 1, (Double) p[4] + 1, (Double) p[3] + 1);
            case "killed" -> "min_killed=" + (10 + rnd.nextInt(40)) + "&sort=-killed";
            case "claimed" -> "type=ASSAULT&status=claimed&from=" + d + "&to=" + d.plusDays(90);
            case "location" -> "location=" + URLEncoder.encode((String) p[1], StandardCharsets.UTF_8);
            case "page" -> "limit=50&offset=" + 50 * rnd.nextInt(100);
            default -> "q=" + URLEncoder.encode((String) p[0], StandardCharsets.UTF_8) + "&limit=50";
        };
        return new String[] {kind, q};
    }
}
