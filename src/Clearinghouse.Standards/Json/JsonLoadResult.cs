using System.Diagnostics.CodeAnalysis;

namespace Clearinghouse.Standards.Json;

/// <summary>
/// The outcome of loading a JSON document: the value, and every problem found. Each reader documents its rule: documents
/// used whole or not at all (an SSVC decision table, a remediation policy, a CSAF advisory) have no value when there is
/// any problem; readers that keep partial results (a CVE record with one bad reference) give the value with the problems.
/// </summary>
/// <typeparam name="T">What the document describes.</typeparam>
public sealed class JsonLoadResult<T>
    where T : class
{
    internal JsonLoadResult(T? value, IReadOnlyList<JsonDiagnostic> diagnostics)
    {
        Value = value;
        Diagnostics = diagnostics;
    }

    /// <summary>The loaded value; null when the document could not be read (for whole-or-nothing documents: when it has any problem).</summary>
    public T? Value { get; }

    /// <summary>Every problem found, each with a JSON pointer (or a line) and a reason; empty on success.</summary>
    public IReadOnlyList<JsonDiagnostic> Diagnostics { get; }

    /// <summary>True when there is a value (for readers that keep partial results, possibly with problems: see <see cref="Diagnostics"/>).</summary>
    [MemberNotNullWhen(true, nameof(Value))]
    public bool Succeeded => Value is not null;
}
