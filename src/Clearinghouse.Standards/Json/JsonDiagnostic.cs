namespace Clearinghouse.Standards.Json;

/// <summary>Why a JSON document, or part of it, was refused, and where.</summary>
/// <param name="Location">
/// A JSON pointer (RFC 6901) to the offending value, e.g. <c>/mapping/7/ssvc:E:1.1.0</c> (an empty string is the whole
/// document), or, for text that is not JSON at all, the line and byte where reading stopped: <c>line 3, byte 14</c>.
/// </param>
/// <param name="Reason">What is wrong, for people: e.g. <c>'Q' is not a value of Exploitation (ssvc:E:1.1.0)</c>.</param>
public readonly record struct JsonDiagnostic(string Location, string Reason)
{
    /// <summary><c>/mapping/7: no value for Automatable</c>; the whole document is shown as <c>(document)</c>.</summary>
    public override string ToString() => $"{(Location.Length == 0 ? "(document)" : Location)}: {Reason}";
}
