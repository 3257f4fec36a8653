namespace Clearinghouse.Standards.Ssvc;

/// <summary>
/// An SSVC assessment recorded in a CVE JSON 5 record, as CISA's Vulnrichment ADP container carries it: a metric of
/// type <c>other</c> whose <c>type</c> is <c>ssvc</c>, with the Coordinator table's first three inputs as options,
/// e.g. <c>[{"Exploitation": "poc"}, {"Automatable": "no"}, {"Technical Impact": "total"}]</c>.
/// </summary>
public sealed class CveSsvcAssessment
{
    /// <summary>The decision point name the Coordinator table gives Mission and Well-Being Impact.</summary>
    public const string MissionWellbeingInput = "Mission and Well-Being Impact";

    internal CveSsvcAssessment(
        string location, string? cveId, string? provider, string? role, string? version, DateTimeOffset? timestamp,
        IReadOnlyList<KeyValuePair<string, string>> options)
    {
        Location = location;
        CveId = cveId;
        Provider = provider;
        Role = role;
        Version = version;
        Timestamp = timestamp;
        Options = options;
    }

    /// <summary>Where in the record: the JSON pointer of the metric's <c>other</c> object.</summary>
    public string Location { get; }

    /// <summary>The CVE id the assessment names (its own <c>id</c>, else the record's).</summary>
    public string? CveId { get; }

    /// <summary>The short name of the container's provider, e.g. <c>CISA-ADP</c>.</summary>
    public string? Provider { get; }

    /// <summary>The SSVC role, e.g. <c>CISA Coordinator</c>.</summary>
    public string? Role { get; }

    /// <summary>The version of the decision model, e.g. <c>2.0.3</c> (the CISA Coordinator table's version).</summary>
    public string? Version { get; }

    /// <summary>When the assessment was made.</summary>
    public DateTimeOffset? Timestamp { get; }

    /// <summary>The decision point names and values exactly as written, in order.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Options { get; }

    /// <summary>
    /// The options as inputs to <see cref="SsvcDecisionTable.Decide"/> on the CISA Coordinator table. Values are passed
    /// as written (names match ignoring case) except Exploitation <c>poc</c>, SSVC 2.0's name for what the
    /// Exploitation 1.1.0 decision point calls <c>Public PoC</c>.
    /// </summary>
    public IReadOnlyList<KeyValuePair<string, string>> ToDecisionInputs() =>
        [.. Options.Select(o => string.Equals(o.Key, "Exploitation", StringComparison.OrdinalIgnoreCase) && string.Equals(o.Value, "poc", StringComparison.OrdinalIgnoreCase)
            ? new KeyValuePair<string, string>(o.Key, "Public PoC")
            : o)];

    /// <summary>The inputs with the organization's Mission and Well-Being Impact added: all four of the Coordinator table's inputs.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> ToDecisionInputs(MissionWellbeingImpact missionWellbeing) =>
        [.. ToDecisionInputs(), new(MissionWellbeingInput, missionWellbeing.ToString())];

    /// <summary><c>CVE-2024-3400 (CISA-ADP, CISA Coordinator 2.0.3): Exploitation: active, ...</c>.</summary>
    public override string ToString() => $"{CveId} ({Provider}, {Role} {Version}): {string.Join(", ", Options.Select(o => $"{o.Key}: {o.Value}"))}";
}
