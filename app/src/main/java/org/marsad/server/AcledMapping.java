package org.marsad.server;

import java.util.List;
import org.marsad.event.Event;
import org.marsad.event.Party;

/**
 * Maps a PLOVER event to ACLED's event type and sub-event type (ACLED codebook 2023), so that an
 * export opens in tools built for ACLED. ACLED codes political violence, demonstrations and
 * "strategic developments" only; PLOVER's verbal and diplomatic types (CONSULT, REQUEST, ACCUSE …)
 * have no ACLED class and export as Strategic developments / Other with their PLOVER type kept in
 * its own column. The table is written out in README ("PLOVER → ACLED").
 */
public final class AcledMapping {
    /** ACLED disorder type, event type and sub-event type. */
    public record Acled(String disorderType, String eventType, String subEventType) {}

    private static final String PV = "Political violence";
    private static final String DEMO = "Demonstrations";
    private static final String SD = "Strategic developments";

    private AcledMapping() {}

    public static Acled of(Event e) {
        String mode = e.mode() == null ? "" : e.mode();
        boolean civilians = targetsCivilians(e.recipient());
        return switch (e.eventType()) {
            case "ASSAULT" -> assault(mode, civilians);
            case "PROTEST" -> switch (mode) {
                case "riot", "vandalize" -> new Acled(DEMO, "Riots", "Violent demonstration");
                default -> new Acled(DEMO, "Protests", "Peaceful protest");
            };
            case "COERCE" -> switch (mode) {
                case "arrest", "deport" -> new Acled(SD, "Strategic developments", "Arrests");
                case "seize" -> new Acled(SD, "Strategic developments", "Looting/property destruction");
                default -> new Acled(SD, "Strategic developments", "Other");
            };
            case "AGREE" -> new Acled(SD, "Strategic developments", "Agreement");
            case "RETREAT" -> switch (mode) {
                case "ceasefire", "release" -> new Acled(SD, "Strategic developments", "Agreement");
                case "withdraw" -> new Acled(SD, "Strategic developments", "Non-violent transfer of territory");
                default -> new Acled(SD, "Strategic developments", "Other");
            };
            case "MOBILIZE" -> new Acled(SD, "Strategic developments", "Change to group/activity");
            default -> new Acled(SD, "Strategic developments", "Other");
        };
    }

    private static Acled assault(String mode, boolean civilians) {
        return switch (mode) {
            case "aerial", "drone" -> new Acled(PV, "Explosions/Remote violence", "Air/drone strike");
            case "heavy-weapons" -> new Acled(PV, "Explosions/Remote violence", "Shelling/artillery/missile attack");
            case "explosives" -> new Acled(PV, "Explosions/Remote violence", "Remote explosive/landmine/IED");
            case "suicide-attack" -> new Acled(PV, "Explosions/Remote violence", "Suicide bomb");
            case "abduct" -> new Acled(PV, "Violence against civilians", "Abduction/forced disappearance");
            case "sexual" -> new Acled(PV, "Violence against civilians", "Sexual violence");
            case "beat", "torture", "targeted" -> new Acled(PV, "Violence against civilians", "Attack");
            case "destroy" -> new Acled(SD, "Strategic developments", "Looting/property destruction");
            case "crowd-control" -> new Acled(DEMO, "Protests", "Excessive force against protesters");
            default -> civilians ? new Acled(PV, "Violence against civilians", "Attack")
                    : new Acled(PV, "Battles", "Armed clash");
        };
    }

    /** ACLED's civilian_targeting: the attacked side is civilian (sector CVL). */
    static boolean targetsCivilians(List<Party> recipients) {
        for (Party p : recipients) if ("CVL".equals(p.sector())) return true;
        return false;
    }
}
