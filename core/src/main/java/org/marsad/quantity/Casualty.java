package org.marsad.quantity;

/**
 * A casualty figure found in the text: "مقتل 36 عنصرا على الأقل".
 *
 * @param start   character start of the whole phrase
 * @param end     character end (exclusive)
 * @param kind    killed, injured, captured or missing
 * @param size    the figure with its qualifier applied (spec §2), null when the text gives no figure
 * @param victims who the victims are as written ("مدنيين", "جنود أرمن"), or null
 * @param victimCode ISO3 of the victims' side when the phrase names it, else null
 */
public record Casualty(int start, int end, CasualtyKind kind, Size size, String victims, String victimCode) {}
