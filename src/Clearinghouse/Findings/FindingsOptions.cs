namespace Clearinghouse.Findings;

/// <summary>Settings of the findings capability, section <c>Findings</c>.</summary>
public sealed class FindingsOptions
{
    /// <summary>The evidence encryption key, 32 bytes in base64. When absent, the key is read from (or created in) <see cref="EvidenceKeyFile"/>.</summary>
    public string? EvidenceKey { get; set; }

    /// <summary>Where the evidence key is kept when not configured directly; created with 32 random bytes, owner-only, if missing.</summary>
    public string EvidenceKeyFile { get; set; } = Path.Combine("data", "evidence.key");

    /// <summary>The largest evidence file accepted.</summary>
    public long MaxEvidenceBytes { get; set; } = 10 * 1024 * 1024;

    /// <summary>The most evidence one finding may carry in all.</summary>
    public long MaxEvidenceBytesPerFinding { get; set; } = 25 * 1024 * 1024;

    /// <summary>A reporter whose quality score is below this, once enough of its findings were judged, is in poor standing (<see cref="ReporterStanding"/>).</summary>
    public double PoorStandingScore { get; set; } = 0.35;

    /// <summary>How many of a reporter's findings must have been judged (validated, invalid or not reproducible) before its score counts.</summary>
    public int JudgedBeforeStanding { get; set; } = 5;

    /// <summary>
    /// How many of a reporter's most recent findings its standing is assessed over (by when they were received, newest
    /// first): older findings age out, so standing reflects recent behaviour, and assessing it costs the same however
    /// many findings the organization ever sent. The reporter's statistics still count its whole history.
    /// </summary>
    public int StandingRecentFindings { get; set; } = 2000;

    /// <summary>The most findings a reporter in poor standing may submit in any 24 hours.</summary>
    public int PoorStandingFindingsPerDay { get; set; } = 100;

    /// <summary>The largest SARIF log accepted in one upload.</summary>
    public long MaxSarifBytes { get; set; } = 512L * 1024 * 1024;
}
