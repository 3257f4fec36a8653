namespace Clearinghouse.Standards.Cvss;

/// <summary>Why a vector string was refused, and where.</summary>
/// <param name="Position">The zero-based character position in the vector string where the problem starts.</param>
/// <param name="Reason">What is wrong, for people: e.g. <c>duplicate metric AV</c>, <c>unknown value 'Q' for AV</c>, <c>missing mandatory metric UI</c>.</param>
public readonly record struct CvssError(int Position, string Reason)
{
    /// <summary><c>at position 12: duplicate metric AV</c>.</summary>
    public override string ToString() => $"at position {Position}: {Reason}";
}
