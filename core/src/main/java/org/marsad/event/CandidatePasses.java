package org.marsad.event;

import java.util.List;
import org.marsad.text.TextLayer;

/**
 * Passes over the candidates of one sentence once they are read, where one act changes another's
 * parties or status: talks one was invited to, an act done at another's request.
 */
final class CandidatePasses {
    private CandidatePasses() {}

    /**
     * "دعت الأمم المتحدة الأطراف المتحاربة إلى محادثات في جنيف": the talks invited to are planned
     * between the inviter and the invited; an international body inviting others mediates them
     * (third-party). Only talks right after إلى are read so.
     */
    static void invitedTalks(TextLayer tl, List<Candidate> out) {
        for (Candidate c : out) {
            if (!c.type.equals("CONSULT") || c.trigStart == 0 || !tl.surfaceNorm(c.trigStart - 1).equals("الي")) continue;
            Candidate req = null;
            for (Candidate r : out) if (r.type.equals("REQUEST") && r.trigEnd <= c.trigStart && c.trigStart - r.trigEnd <= 12 && !r.atRequest) req = r;
            if (req == null || req.actor.isEmpty() || req.recipient.isEmpty()) continue;
            // the time of the talks ("إلى محادثات في جنيف الأسبوع المقبل") dates the talks, not the invitation
            req.timesBefore = c.trigChar;
            if (req.mode == null) req.mode = "meet";   // PLOVER REQUEST/meet: asking for talks
            for (Party p : req.actor) Candidate.addParty(c.actor, p);
            for (Party p : req.recipient) Candidate.addParty(c.actor, p);
            if (!c.status.equals("negated") && !c.status.equals("hypothetical")) c.status = "planned";
            boolean bodyAsks = req.actor.stream().allMatch(p -> p.code() != null && p.code().startsWith("IGO:"));
            boolean bodyAsked = req.recipient.stream().anyMatch(p -> p.code() != null && p.code().startsWith("IGO:"));
            if (bodyAsks && !bodyAsked && !"phone".equals(c.mode)) c.mode = "third-party";
        }
    }

    /**
     * "تعقد المنظمة اجتماعا بناء على طلب فرنسا": France asks, the body acts. The requester is no
     * party to the act done at its request, and the doers of that act are the ones asked.
     */
    static void atRequestOf(List<Candidate> out) {
        for (Candidate r : out) {
            if (!r.atRequest || r.actor.isEmpty()) continue;
            // every act the request is for ("يعقد المجلس اجتماعا لإجراء مشاورات بشأن الهجوم بطلب من بريطانيا":
            // the meeting and the consultations) is done without the asker; the one asked is the nearest with a doer left
            java.util.Set<String> askers = new java.util.HashSet<>();
            for (Party p : r.actor) askers.add(p.text());
            Candidate asked = null;
            for (Candidate c : out) {
                if (c == r || c.type.equals("REQUEST") || c.trigEnd > r.trigStart) continue;
                c.actor.removeIf(p -> askers.contains(p.text()));   // the same phrase, not its state: protesters gather at their own side's call
                if (!c.actor.isEmpty()) asked = c;
            }
            if (asked != null && r.recipient.isEmpty()) for (Party p : asked.actor) Candidate.addParty(r.recipient, p);
            if (r.status.equals("planned")) r.status = "asserted";   // the request was made; the act asked for is what is planned
        }
    }
}
