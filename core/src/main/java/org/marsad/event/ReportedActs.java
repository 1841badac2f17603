package org.marsad.event;

import java.util.Set;
import org.marsad.text.TextLayer;

/**
 * What a report frame governing an act says of the act's parties: the source claims it, and when the
 * clause leaves the doer unsaid, the source may be the doer — "أعلنت أنها قصفت" (its pronoun), a deal
 * it announces having reached, a sanction or aid its government tells, demands it announces — and a
 * speaker's own appeal or offer is asserted, not claimed.
 */
final class ReportedActs {
    private ReportedActs() {}

    /** Acts only a government does, so that its spokesman's report of one with the doer unsaid is its own. */
    private static final Set<String> SPEAKERS_ACTS = Set.of("SANCTION", "AID");

    /** Applies frame {@code frame} to candidate {@code c} of trigger tokens [trigStart, trigEnd) in the sentence from token {@code a}. */
    static void apply(Candidate c, FrameReader.FrameUse frame, TextLayer tl, int trigStart, int trigEnd, int a, boolean instrument) {
        if (frame.source() != null) {
            for (Party p : frame.source().parties()) Candidate.addParty(c.claimedBy, p);
            c.claimant = frame.source().parties().get(0);
        }
        c.claimantAccuses = frame.accuse();
        // "أعلنت أنها قصفت المنصة ردا على إطلاق X قذائف على جنودها": the act answered is the other side's
        // ("قالت إنها اعترضت صاروخا استهدف المدينة": the missile's verb is not the speaker's act)
        // ("قالت الشرطة إنها ترجح أن يكون الاغتيال …": the pronoun is the subject of another verb; an attack
        // must follow it within a few words, while the speaker's later words and denials stay its own)
        if (c.actor.isEmpty() && frame.pronounSelf() && frame.source() != null && frame.end() <= trigStart
                && (!c.type.equals("ASSAULT") || FrameReader.selfReaches(tl, FrameReader.clause0(frame), trigStart)) && !SentenceReader.answered(tl, trigStart, a) && !instrument) c.actor.addAll(frame.source().parties());
        // "أعلنت حركة حماس التوصل إلى اتفاق لوقف إطلاق النار مع إسرائيل": a party announcing the deal it
        // reached is a party to it (an international body announcing one mediated it)
        if (c.type.equals("AGREE") && frame.verbal() && frame.source() != null && frame.end() <= trigStart
                && trigStart - FrameReader.clause0(frame) <= 3 && FrameReader.reachedDeal(tl, FrameReader.clause0(frame), trigEnd)
                && frame.source().parties().stream().anyMatch(p -> p.code() != null && !p.code().startsWith("IGO:"))) {
            for (Party p : frame.source().parties()) Candidate.addParty(c.actor, p);
        }
        // "أوضحت وزارة المالية الكندية أن عقوبات جديدة ستفرض على البنك المركزي": a sanction or aid the report tells
        // with its doer unsaid is the reporting government's own, when it is not the one sanctioned or helped
        if (c.actor.isEmpty() && SPEAKERS_ACTS.contains(c.type) && frame.source() != null && frame.end() <= trigStart
                && ImpliedRoles.governmentSource(frame.source(), c.recipient)) c.actor.addAll(frame.source().parties());
        // "أعلنت الولايات المتحدة عشرة مطالب من كوريا الشمالية": demands told with no asker are the teller's
        if (c.actor.isEmpty() && c.type.equals("REQUEST") && RoleCues.DEMAND_NOUNS.contains(tl.norm(trigEnd - 1)) && frame.verbal()
                && frame.source() != null && frame.end() <= trigStart) c.actor.addAll(frame.source().parties());
        // "قال الرئيس إنه مستعد للحوار مع المعارضة": saying it is the offer, appeal or threat itself
        if (c.status.equals("claimed") && StatusCues.speakersOwnWord(c.type, c.context, frame.source(), c.actor)) { c.status = "asserted"; c.official = true; }
    }
}
