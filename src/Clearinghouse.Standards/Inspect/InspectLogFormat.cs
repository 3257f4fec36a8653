namespace Clearinghouse.Standards.Inspect;

/// <summary>The two file formats of Inspect logs.</summary>
public enum InspectLogFormat
{
    /// <summary>One JSON document (<c>.json</c>) with <c>eval</c>, <c>plan</c>, <c>results</c>, <c>stats</c>, <c>samples</c>.</summary>
    Json,

    /// <summary>A ZIP archive (<c>.eval</c>) with <c>header.json</c>, <c>_journal/</c>, <c>samples/*.json</c>, <c>summaries.json</c>, <c>reductions.json</c>.</summary>
    Eval,
}
