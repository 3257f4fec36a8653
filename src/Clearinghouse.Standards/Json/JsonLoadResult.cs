using System.Diagnostics.CodeAnalysis;

namespace Clearinghouse.Standards.Json;

/// <summary>
/// The outcome of loading a JSON document that is used whole or not at all (an SSVC decision table, a remediation
/// policy): the value, or every problem found in the document.
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

    /// <summary>The loaded value; null when the document has any problem.</summary>
    public T? Value { get; }

    /// <summary>Every problem found, each with a JSON pointer (or a line) and a reason; empty on success.</summary>
    public IReadOnlyList<JsonDiagnostic> Diagnostics { get; }

    /// <summary>True when the document loaded.</summary>
    [MemberNotNullWhen(true, nameof(Value))]
    public bool Succeeded => Value is not null;
}
