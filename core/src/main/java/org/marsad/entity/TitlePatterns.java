package org.marsad.entity;

import java.util.List;
import java.util.Optional;
import org.marsad.kb.KbKind;
import org.marsad.kb.KbRef;
import org.marsad.kb.PersonTerm;
import org.marsad.text.TextLayer;

/**
 * Titles over a {@link Scan}: a role phrase and its holder ("وزير الخارجية الروسي"، "القيادي في حركة
 * حماس") resolved to the person who held it on the document's date or to the name written after it,
 * and "نظيره + demonym" to the counterpart of the role named last.
 */
final class TitlePatterns {
    private TitlePatterns() {}


    static Scan.Step rolePattern(Scan sc, int i, int end, Lexicons.Phrase p) {
        int j = i + p.keys().length;
        String role = p.col("role"), holder = p.col("holder");
        String code = null, org = null;
        int specEnd = j;
        if (holder.startsWith("igo:")) org = holder;
        else if (holder.length() == 3 && Character.isUpperCase(holder.charAt(0))) code = holder;
        int k = j;
        boolean member = k < end && sc.key(k).equals("في");
        if (k < end && (sc.key(k).equals("الي") || sc.key(k).equals("في") || sc.key(k).equals("لدي"))) k++;   // المبعوث الأممي إلى اليمن
        int holderAt = k;
        KbRef h = sc.holderAt(k, end);
        if (h != null && (h.kind() == KbKind.COUNTRY || h.kind() == KbKind.DEMONYM)) {
            if (code == null) code = h.code();
            specEnd = sc.lastHolderEnd;
        } else if (h != null && (h.kind() == KbKind.GROUP || h.kind() == KbKind.IGO) && (holder.equals("group") || holder.equals("any"))) {
            org = h.id(); code = h.code();
            specEnd = sc.lastHolderEnd;
        }
        if (holder.equals("group") && org == null) return null;
        // ("البابا تواضروس": a title whose state is fixed, not written, yields to the state of the KB person named after it)
        boolean titleDecides = !(holder.length() == 3 && Character.isUpperCase(holder.charAt(0)) && specEnd == j);
        // "مبعوث الأمم المتحدة إلى ليبيا فلان": a body's office holder is the body's, the state after إلى his posting
        String nameCode = holder.startsWith("igo:") ? sc.rec().kb.organisation(org).map(o -> o.code()).orElse(code) : code;
        // "سفير فرنسا لدى لبنان فلان", "المبعوث الأمريكي إلى سوريا فلان", "مبعوث الأمم المتحدة إلى الشرق الأوسط
        // فلان": the posting between the title and a name is part of the title, not a party of its own (with
        // no name after it, "وصل المبعوث الأممي إلى صنعاء" goes somewhere)
        Scan.Step named = null;
        if (specEnd + 1 < end && (sc.key(specEnd).equals("الي") || sc.key(specEnd).equals("لدي"))) {
            KbRef post = sc.holderAt(specEnd + 1, end);
            if (post != null && (post.kind() == KbKind.COUNTRY || post.kind() == KbKind.IGO || post.kind() == KbKind.PLACE)) {
                int postEnd = sc.lastHolderEnd;
                named = nameAfterTitle(sc, postEnd, end, role, nameCode, titleDecides);
                if (named != null) specEnd = postEnd;
            }
        }
        Found office = officeInTitle(sc, i, j, specEnd, end);
        if (named == null) named = nameAfterTitle(sc, specEnd, end, role, nameCode, titleDecides);
        // "القيادي في حركة حماس فلان": the body one is a member of is a mention of its own, before the name
        if (named != null && office == null && member && org != null && h.kind() == KbKind.GROUP)
            return new Scan.Step(named.end(), List.of(sc.fromRef(holderAt, specEnd, h), named.found().get(0)));
        if (named != null) return office == null ? named : new Scan.Step(named.end(), List.of(office, named.found().get(0)));
        if ("OTHER".equals(role)) return null;
        Optional<PersonTerm> who = Optional.empty();
        if (org != null && code != null) who = sc.rec().kb.personInRole(role, org + "/" + code, sc.date());
        if (who.isEmpty() && org != null) who = sc.rec().kb.personInRole(role, org, sc.date());
        if (who.isEmpty() && code != null && org == null) who = sc.rec().kb.personInRole(role, code, sc.date());
        if (who.isEmpty() && holder.startsWith("igo:") && p.keys().length > 1) {
            // "المبعوث الأممي" with no holder known for the sc.date(): still the body's office, coded as the body
            String body = sc.rec().kb.organisation(org).map(o -> o.code()).orElse(null);
            return body == null ? null : new Scan.Step(specEnd, List.of(sc.unknownPerson(i, specEnd, body, role)));
        }
        if (who.isEmpty()) return null;
        PersonTerm pt = who.get();
        String pc = pt.code() != null ? pt.code() : code;
        return new Scan.Step(specEnd, List.of(new Found(i, specEnd, MentionKind.PERSON, "PER", pt.id(), pt.id(), pt.nameEn(), pc, sectorOf(role), role)));
    }

    /** The institution a spokesperson speaks for, named inside the title: المتحدث باسم [الخارجية الإثيوبية]. */
    private static Found officeInTitle(Scan sc, int i, int j, int specEnd, int end) {
        for (int k = i; k < j - 1; k++) {
            if (!sc.key(k).equals("باسم")) continue;
            Lexicons.Phrase head = sc.rec().lex.orgHeads.match(sc.keys(), k + 1, end);
            if (head == null) return null;
            Scan.Step s = OrgPatterns.orgHead(sc, k + 1, Math.min(end, Math.max(specEnd, k + 1 + head.keys().length)), head);
            return s == null || s.found().isEmpty() ? null : s.found().get(0);
        }
        return null;
    }

    static Scan.Step counterpart(Scan sc, int i, int end) {
        KbRef h = sc.holderAt(i + 1, end);
        if (h == null || (h.kind() != KbKind.DEMONYM && h.kind() != KbKind.COUNTRY)) return null;
        int specEnd = sc.lastHolderEnd;
        Scan.Step named = nameAfterTitle(sc, specEnd, end, sc.lastRole(), h.code(), true);
        if (named != null) return named;
        if (sc.lastRole() == null) return null;
        Optional<PersonTerm> who = sc.rec().kb.personInRole(sc.lastRole(), h.code(), sc.date());
        if (who.isEmpty()) return null;
        PersonTerm pt = who.get();
        return new Scan.Step(specEnd, List.of(new Found(i, specEnd, MentionKind.PERSON, "PER", pt.id(), pt.id(), pt.nameEn(), h.code(), sectorOf(sc.lastRole()), sc.lastRole())));
    }

    /** Shaped like an indefinite accusative: the tanwin alif after a consonant ("اتصالا"، "هاتفيا"), not a long ا of a name. */
    private static boolean accusative(String w) {
        return w.length() >= 4 && w.endsWith("ا") && !w.endsWith("اا") && "ويى".indexOf(w.charAt(w.length() - 2)) < 0 || w.length() >= 5 && w.endsWith("يا");
    }

    /** The name right after a title: a KB person, else one to four name-like words. {@code titleDecides}: the title's code is the person's. */
    private static Scan.Step nameAfterTitle(Scan sc, int k, int end, String role, String code, boolean titleDecides) {
        if (k >= end) return null;
        if (sc.key(k).equals(",") && k + 1 < end) k++;
        Scan.Step d = sc.dictionary(k, end);
        if (d != null && d.found().get(0).kind() == MentionKind.PERSON) {
            Found f = d.found().get(0);
            // the title says whom the person acts for: "مبعوث الأمم المتحدة إلى ليبيا غسان سلامة" is the UN's, whatever his nationality
            String acting = code != null && (titleDecides || f.code() == null) ? code : f.code();
            return new Scan.Step(d.end(), List.of(new Found(f.first(), f.end(), f.kind(), f.type(), f.key(), f.id(), f.name(), acting, f.sector(),
                    role == null || "OTHER".equals(role) || !titleDecides && f.code() != null && !f.code().equals(code) ? f.role() : role)));
        }
        if (d != null) return null;
        if (sc.text().norm(k).startsWith("ال") || (sc.text().proclitics(k) & TextLayer.AL) != 0) return null;
        int e = sc.nameRun(k, end, 4);
        if (e <= k) return null;
        if (!sc.isGivenName(k)) {
            // A generic title (مدير، المسؤول) introduces a name only when a given name leads it.
            if (role == null || "OTHER".equals(role)) return null;
            // Otherwise two or more words, none led by a clitic or shaped like an imperfect verb (يعرض).
            if (e - k < 2 || (sc.text().proclitics(k) & (TextLayer.BI | TextLayer.LI | TextLayer.KA | TextLayer.WA | TextLayer.FA)) != 0) return null;
            String w = sc.text().norm(k);
            if (w.length() >= 4 && (w.charAt(0) == 'ي' || w.charAt(0) == 'ت')) return null;
            // Not led by a known given name: accept only article-less words (سامر داود, not تطورات الوضع).
            for (int x = k; x < e; x++) if ((sc.text().proclitics(x) & TextLayer.AL) != 0 || sc.text().norm(x).startsWith("ال")) return null;
            // nor an indefinite noun and its adjective in the accusative ("أجرى الرئيس الفرنسي اتصالا هاتفيا")
            if (accusative(sc.text().surfaceNorm(k)) && accusative(sc.text().surfaceNorm(k + 1))) return null;
        }
        return new Scan.Step(e, List.of(sc.unknownPerson(k, e, code, role)));
    }

    static String sectorOf(String role) {
        if (role == null) return null;
        return switch (role) {
            case "DM", "SPOKES_MOD", "ARMY_CHIEF" -> "MIL";
            case "SPEAKER" -> "LEG";
            case "UNSG", "UN_ENVOY", "IGO_HEAD" -> "IGO";
            case "GROUP_LEADER", "GROUP_SPOKES", "OTHER" -> null;
            default -> "GOV";
        };
    }
}
