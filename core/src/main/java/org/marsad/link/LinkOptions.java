package org.marsad.link;

/**
 * Tuning of the linker.
 *
 * @param windowDays how many days apart two reports of one event may date it (outlets resolve
 *                   "yesterday" against different publication days, and reports lag)
 * @param minJaccard least party overlap, actor ∪ recipient codes
 * @param maxKm      farthest two located reports of one event may place it (one shelling is
 *                   often told by the border towns it hit, tens of kilometres apart)
 */
public record LinkOptions(int windowDays, double minJaccard, double maxKm) {
    public static final LinkOptions DEFAULT = new LinkOptions(2, 0.5, 100);
}
