using System.Diagnostics.CodeAnalysis;
using Clearinghouse.Standards.Json;

namespace Clearinghouse.Standards.CveJson;

/// <summary>
/// The outcome of reading a CVE JSON 5 record: the record with every part that could be read, and every problem found.
/// A bad entry of a list (a reference without a URL) is left out; a bad optional field is read as absent.
/// </summary>
public sealed class CveLoadResult
{
    internal CveLoadResult(CveRecord? record, IReadOnlyList<JsonDiagnostic> diagnostics)
    {
        Record = record;
        Diagnostics = diagnostics;
    }

    /// <summary>The record; null only when the document is not a CVE record at all (not JSON, no CVE id, no CNA container).</summary>
    public CveRecord? Record { get; }

    /// <summary>Every problem, each with a JSON pointer and a reason; empty for a clean record.</summary>
    public IReadOnlyList<JsonDiagnostic> Diagnostics { get; }

    /// <summary>True when there is a record (possibly with problems: see <see cref="Diagnostics"/>).</summary>
    [MemberNotNullWhen(true, nameof(Record))]
    public bool Succeeded => Record is not null;
}
