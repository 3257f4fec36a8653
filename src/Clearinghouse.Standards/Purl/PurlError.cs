namespace Clearinghouse.Standards.Purl;

/// <summary>Why a string is not a Package URL, and where reading stopped.</summary>
/// <param name="Position">Zero-based index into the input string of the offending character or component.</param>
/// <param name="Reason">What is wrong, for people: e.g. <c>the type must start with an ASCII letter</c>.</param>
public readonly record struct PurlError(int Position, string Reason)
{
    /// <summary><c>at 4: the type must start with an ASCII letter</c>.</summary>
    public override string ToString() => $"at {Position}: {Reason}";
}
