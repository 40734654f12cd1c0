package cn.baiyun.hte.dashboard;

/**
 * The targets that apply to a year: set for that year ({@code setFor} = the year), carried over from an earlier
 * year, or the plan's seed ({@code seeded}).
 *
 * @param version the stored targets' version when set for this very year, for the edit form's If-Match; else null
 */
public record Targets(int year, TargetValues values, int setFor, boolean seeded, Long version) {
}
