using System.Diagnostics.CodeAnalysis;
using Clearinghouse.Standards.Json;

namespace Clearinghouse.Standards.Ssvc;

/// <summary>The outcome of loading a decision table: the table, or every problem found in the document.</summary>
public sealed class SsvcTableLoadResult
{
    internal SsvcTableLoadResult(SsvcDecisionTable? table, IReadOnlyList<JsonDiagnostic> diagnostics)
    {
        Table = table;
        Diagnostics = diagnostics;
    }

    /// <summary>The table; null when the document has any problem (a table is used whole or not at all).</summary>
    public SsvcDecisionTable? Table { get; }

    /// <summary>Every problem found, each with a JSON pointer (or a line) and a reason; empty on success.</summary>
    public IReadOnlyList<JsonDiagnostic> Diagnostics { get; }

    /// <summary>True when the table loaded.</summary>
    [MemberNotNullWhen(true, nameof(Table))]
    public bool Succeeded => Table is not null;
}
