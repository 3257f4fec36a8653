namespace Clearinghouse.Exposure;

/// <summary>Settings of the exposure capability, section <c>Exposure</c>.</summary>
public sealed class ExposureOptions
{
    /// <summary>The ECDSA P-256 key (PKCS#8 PEM) that signs advisory bundles; created owner-only if missing.</summary>
    public string BundleKeyFile { get; set; } = Path.Combine("data", "bundle-signing.pem");

    /// <summary>The largest feed upload (an OSV ecosystem zip export is up to a few hundred MB).</summary>
    public long MaxFeedBytes { get; set; } = 512L * 1024 * 1024;

    /// <summary>The largest inventory upload.</summary>
    public long MaxInventoryBytes { get; set; } = 64L * 1024 * 1024;

    /// <summary>How often a webhook delivery is tried before it is dead-lettered (the job fails and stays for inspection).</summary>
    public int WebhookAttempts { get; set; } = 8;

    /// <summary>How many days before an open exposure's due date its organization's webhooks are told (<c>exposure.due_soon</c>), and directives call it due soon.</summary>
    public int DueSoonLeadDays { get; set; } = 3;

    /// <summary>How often the due-soon sweep runs.</summary>
    public TimeSpan DueSoonSweepEvery { get; set; } = TimeSpan.FromHours(1);

    /// <summary>k: the fewest organizations that must stand behind a published aggregate figure (docs/adr/014).</summary>
    public int FiguresMinimumOrganizations { get; set; } = 3;
}
