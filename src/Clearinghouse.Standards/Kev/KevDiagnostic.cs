using System.Globalization;

namespace Clearinghouse.Standards.Kev;

/// <summary>A problem in a KEV catalog document: where it is, which entry and field, why, and whether the entry was left out.</summary>
/// <param name="Location">The JSON pointer of the offending value, e.g. <c>/vulnerabilities/12/dueDate</c>, or the line for text that is not JSON.</param>
/// <param name="Index">The entry's index in <c>vulnerabilities</c>; null for a problem with the catalog itself.</param>
/// <param name="CveId">The entry's CVE id when it has a readable one.</param>
/// <param name="Field">The field, e.g. <c>dueDate</c>; null for a problem with a whole entry or the document.</param>
/// <param name="Reason">What is wrong, for people.</param>
/// <param name="EntryDropped">
/// True when the entry was left out of the catalog: it has no usable CVE id, date added or due date, is not an object,
/// or repeats an earlier entry's CVE id. Other problems (a missing description, a malformed CWE id) are reported and
/// the entry is kept, because leaving out a known exploited vulnerability would hide a due date.
/// </param>
public readonly record struct KevDiagnostic(string Location, int? Index, string? CveId, string? Field, string Reason, bool EntryDropped)
{
    /// <summary><c>/vulnerabilities/12/dueDate (CVE-2024-1234): '2024-13-01' is not a date (YYYY-MM-DD); the entry is left out</c>.</summary>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{(Location.Length == 0 ? "(document)" : Location)}{(CveId is null ? "" : $" ({CveId})")}: {Reason}{(EntryDropped ? "; the entry is left out" : "")}");
}
