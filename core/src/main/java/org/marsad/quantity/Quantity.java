package org.marsad.quantity;

/**
 * A figure found in the text with its qualifier applied: "ما لا يقل عن 30" → low 30, best 30.
 *
 * @param start character start of the figure with its qualifiers
 * @param end   character end (exclusive)
 * @param text  the figure as written
 * @param size  the count per the spec's rules (EVENTS.md §2)
 * @param vague true for vague words ("عشرات", "مئات")
 */
public record Quantity(int start, int end, String text, Size size, boolean vague) {}
