namespace Clearinghouse.Contracts.Exposure;

/// <summary>An asset and its current inventory.</summary>
public sealed record AssetView(Guid Id, string Name, AssetCriticality Criticality, bool InternetExposed, int? InventoryVersion, int Components, DateTimeOffset CreatedAt);

/// <summary>One uploaded inventory of an asset (an SBOM or purl list), with what matching found at once.</summary>
public sealed record InventoryView(Guid Id, Guid AssetId, int Version, string Format, int Components, int Unidentified, int NewExposures, DateTimeOffset UploadedAt);

/// <summary>What changed between two inventories of an asset: components (purls with versions) added and removed.</summary>
public sealed record InventoryDiffView(int From, int To, IReadOnlyList<string> Added, IReadOnlyList<string> Removed);

/// <summary>
/// One exposure in the organization's queue: a component of an asset affected by a known vulnerability, its
/// priority and due date, explained in plain words.
/// </summary>
public sealed record ExposureView(
    Guid Id,
    Guid AssetId,
    string AssetName,
    string Component,
    string VulnerabilityId,
    IReadOnlyList<string> Aliases,
    string? Summary,
    IReadOnlyList<string> FixedVersions,
    ExposureStatus Status,
    bool KnownExploited,
    string? Decision,
    long Score,
    DateOnly? DueDate,
    bool Overdue,
    string Reason,
    DateTimeOffset FirstSeenAt);

/// <summary>One entry of an exposure's status history.</summary>
public sealed record ExposureStatusChangeView(ExposureStatus Status, NotAffectedJustification? Justification, DateOnly? ExpiresOn, string? Note, DateTimeOffset ChangedAt, Guid? ChangedBy);

/// <summary>A registered webhook (the secret is never shown again).</summary>
public sealed record WebhookView(Guid Id, string Url, DateTimeOffset CreatedAt);

/// <summary>What a feed import did: documents added, changed and skipped as unchanged, and the exposures it found.</summary>
public sealed record FeedImportView(int Documents, int Added, int Changed, int Unchanged, int Vulnerabilities, int NewExposures, IReadOnlyList<string> Problems);

/// <summary>
/// The body of a webhook POST. The request carries <c>X-Clearinghouse-Signature: sha256=HEX</c>, the HMAC-SHA256 of
/// the body keyed with the webhook's secret, and <c>X-Clearinghouse-Delivery</c>, the same for every retry of one event.
/// <c>Event</c> is <c>exposure.new</c> when matching found the exposure, <c>exposure.due_soon</c> when its due date
/// (<c>DueDate</c>) is within the lead time; each is sent once per exposure (and due date).
/// </summary>
public sealed record ExposureEvent(string Event, Guid ExposureId, Guid OrganizationId, string AssetName, string Component, string VulnerabilityId, IReadOnlyList<string> Aliases, IReadOnlyList<string> FixedVersions, DateOnly? DueDate = null);

/// <summary>
/// A published number, or the word that it was withheld: <see cref="Value"/> is null and <see cref="Suppressed"/> true
/// when fewer organizations than the threshold contribute to it, so it cannot reveal any one operator's data.
/// </summary>
public sealed record Figure(double? Value, bool Suppressed, string? Note = null)
{
    /// <summary>A number backed by enough organizations.</summary>
    public static Figure Of(double value) => new(value, false);

    /// <summary>A withheld number.</summary>
    public static Figure Withheld(string note) => new(null, true, note);
}

/// <summary>
/// The clearinghouse's exposure figures, overall and by sector and by state: no single operator's data, because every
/// number to which fewer than <see cref="MinimumOrganizations"/> organizations contribute is suppressed (and, where one
/// group alone would be suppressed, a second one too, so it cannot be worked out from the total).
/// </summary>
public sealed record ExposureFiguresView(DateOnly AsOf, int MinimumOrganizations, FigureRow Overall, IReadOnlyList<FigureRow> BySector, IReadOnlyList<FigureRow> ByState);

/// <summary>
/// One group (a sector, a state, <c>unspecified</c>, or <c>all</c>): how many organizations with exposures it holds,
/// their open and overdue exposures, the exposures remediated (fixed or mitigated), and the median days from first seen to remediated.
/// </summary>
public sealed record FigureRow(string Group, Figure Organizations, Figure OpenExposures, Figure OverdueExposures, Figure RemediatedExposures, Figure MedianDaysToRemediate);
