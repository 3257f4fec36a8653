namespace Clearinghouse.Standards.Kev;

/// <summary>One entry of CISA's Known Exploited Vulnerabilities catalog. Text is kept exactly as CISA wrote it.</summary>
public sealed record KevEntry
{
    /// <summary>The CVE id, e.g. <c>CVE-2025-48384</c>.</summary>
    public required string CveId { get; init; }

    /// <summary>The vendor or project, e.g. <c>Git</c>.</summary>
    public string VendorProject { get; init; } = "";

    /// <summary>The product, e.g. <c>Session Recording</c>.</summary>
    public string Product { get; init; } = "";

    /// <summary>CISA's name for the vulnerability.</summary>
    public string VulnerabilityName { get; init; } = "";

    /// <summary>The day the vulnerability was added to the catalog.</summary>
    public required DateOnly DateAdded { get; init; }

    /// <summary>A short description.</summary>
    public string ShortDescription { get; init; } = "";

    /// <summary>What federal agencies must do, e.g. <c>Apply updates per vendor instructions.</c></summary>
    public string RequiredAction { get; init; } = "";

    /// <summary>
    /// The day the required action is due (BOD 22-01). Usually 14 or 21 days after <see cref="DateAdded"/> (six months
    /// for older CVEs at the catalog's start), but a few entries carried over an earlier directive's deadline and are due
    /// before they were added.
    /// </summary>
    public required DateOnly DueDate { get; init; }

    /// <summary><c>Known</c> when the vulnerability is known to be used in ransomware campaigns, else <c>Unknown</c>; empty when absent.</summary>
    public string KnownRansomwareCampaignUse { get; init; } = "";

    /// <summary>Notes, usually links to advisories separated by <c> ; </c>; empty when absent.</summary>
    public string Notes { get; init; } = "";

    /// <summary>The CWE ids, e.g. <c>CWE-59</c>; empty when absent.</summary>
    public IReadOnlyList<string> Cwes { get; init; } = [];

    /// <summary>True when <see cref="KnownRansomwareCampaignUse"/> is <c>Known</c>.</summary>
    public bool IsKnownRansomwareCampaignUse => string.Equals(KnownRansomwareCampaignUse, "Known", StringComparison.OrdinalIgnoreCase);

    /// <summary>The names of the catalog fields (<c>dueDate</c>, <c>cwes</c>, ...) whose values differ between two entries.</summary>
    public static IReadOnlyList<string> DifferingFields(KevEntry left, KevEntry right)
    {
        ArgumentNullException.ThrowIfNull(left);
        ArgumentNullException.ThrowIfNull(right);
        var fields = new List<string>();
        void Check(bool same, string field)
        {
            if (!same)
            {
                fields.Add(field);
            }
        }

        Check(left.CveId == right.CveId, "cveID");
        Check(left.VendorProject == right.VendorProject, "vendorProject");
        Check(left.Product == right.Product, "product");
        Check(left.VulnerabilityName == right.VulnerabilityName, "vulnerabilityName");
        Check(left.DateAdded == right.DateAdded, "dateAdded");
        Check(left.ShortDescription == right.ShortDescription, "shortDescription");
        Check(left.RequiredAction == right.RequiredAction, "requiredAction");
        Check(left.DueDate == right.DueDate, "dueDate");
        Check(left.KnownRansomwareCampaignUse == right.KnownRansomwareCampaignUse, "knownRansomwareCampaignUse");
        Check(left.Notes == right.Notes, "notes");
        Check(left.Cwes.SequenceEqual(right.Cwes, StringComparer.Ordinal), "cwes");
        return fields;
    }

    /// <summary>Equal when every field is equal, the CWE lists element by element.</summary>
    public bool Equals(KevEntry? other) => other is not null && (ReferenceEquals(this, other) || DifferingFields(this, other).Count == 0);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(CveId, DateAdded, DueDate, VulnerabilityName);
}
