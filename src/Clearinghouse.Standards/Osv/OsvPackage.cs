namespace Clearinghouse.Standards.Osv;

/// <summary>The package an <c>affected[]</c> entry is about.</summary>
/// <param name="Ecosystem">The OSV ecosystem, as written (<c>PyPI</c>, <c>Go</c>, <c>Debian:12</c>).</param>
/// <param name="Name">The package name in that ecosystem.</param>
/// <param name="Purl">The package URL, when given (kept as written).</param>
public sealed record OsvPackage(string Ecosystem, string Name, string? Purl);
