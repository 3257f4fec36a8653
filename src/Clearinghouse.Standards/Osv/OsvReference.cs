namespace Clearinghouse.Standards.Osv;

/// <summary>A <c>references[]</c> entry.</summary>
/// <param name="Type">The reference type: <c>ADVISORY</c>, <c>FIX</c>, <c>WEB</c>...</param>
/// <param name="Url">The URL.</param>
public sealed record OsvReference(string Type, string Url);
