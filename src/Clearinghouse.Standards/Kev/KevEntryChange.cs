namespace Clearinghouse.Standards.Kev;

/// <summary>An entry present in both catalogs with different values.</summary>
/// <param name="Previous">The entry as the previous catalog had it.</param>
/// <param name="Current">The entry as the current catalog has it.</param>
/// <param name="Fields">The catalog fields that changed, e.g. <c>dueDate</c>, <c>knownRansomwareCampaignUse</c>.</param>
public sealed record KevEntryChange(KevEntry Previous, KevEntry Current, IReadOnlyList<string> Fields)
{
    /// <summary><c>CVE-2024-1234: dueDate, notes</c>.</summary>
    public override string ToString() => $"{Current.CveId}: {string.Join(", ", Fields)}";
}
