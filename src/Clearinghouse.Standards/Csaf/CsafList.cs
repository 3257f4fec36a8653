namespace Clearinghouse.Standards.Csaf;

/// <summary>Makes <see cref="CsafList{T}"/> values, including from collection expressions (<c>["CSAFPID-1", "CSAFPID-2"]</c>).</summary>
public static class CsafList
{
    /// <summary>A list of <paramref name="items"/>, in order.</summary>
    public static CsafList<T> Create<T>(ReadOnlySpan<T> items) => new(items.ToArray());
}
