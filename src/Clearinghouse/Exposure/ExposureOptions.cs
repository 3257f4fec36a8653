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
}
