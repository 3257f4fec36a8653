namespace Clearinghouse.Standards.Sarif;

/// <summary>A named place in a program, such as a function or a namespace (§3.33).</summary>
/// <param name="Name">The short name, if given.</param>
/// <param name="FullyQualifiedName">The fully qualified name, if given.</param>
/// <param name="DecoratedName">The compiler's decorated (mangled) name, if given.</param>
/// <param name="Kind">The kind, e.g. <c>function</c>, <c>member</c>, <c>namespace</c>, if given.</param>
/// <param name="Index">The index into the run's logical locations, if given.</param>
public sealed record SarifLogicalLocation(string? Name, string? FullyQualifiedName, string? DecoratedName, string? Kind, int? Index);
