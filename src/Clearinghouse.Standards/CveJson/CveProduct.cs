namespace Clearinghouse.Standards.CveJson;

/// <summary>An affected product (an entry of <c>affected</c>): who makes it or where it is published, and which versions.</summary>
/// <param name="Vendor">The vendor, if given.</param>
/// <param name="Product">The product name, if given.</param>
/// <param name="CollectionUrl">The package collection (e.g. <c>https://pypi.org</c>), with <paramref name="PackageName"/>, if given.</param>
/// <param name="PackageName">The package's name in the collection, if given.</param>
/// <param name="Repo">The source repository, if given.</param>
/// <param name="Cpes">CPE names for the product; empty when none.</param>
/// <param name="Modules">Affected modules; empty when none.</param>
/// <param name="ProgramFiles">Affected source files; empty when none.</param>
/// <param name="ProgramRoutines">Affected functions (the <c>name</c> of each); empty when none.</param>
/// <param name="Platforms">Affected platforms; empty when none.</param>
/// <param name="DefaultStatus">The status of versions not listed, if given.</param>
/// <param name="Versions">The versions and ranges; empty when none.</param>
/// <param name="Other">Members the model does not read (e.g. <c>x_</c> extensions), by name, as raw JSON, kept for writing back.</param>
public sealed record CveProduct(
    string? Vendor,
    string? Product,
    string? CollectionUrl,
    string? PackageName,
    string? Repo,
    IReadOnlyList<string> Cpes,
    IReadOnlyList<string> Modules,
    IReadOnlyList<string> ProgramFiles,
    IReadOnlyList<string> ProgramRoutines,
    IReadOnlyList<string> Platforms,
    CveVersionStatus? DefaultStatus,
    IReadOnlyList<CveVersion> Versions,
    IReadOnlyDictionary<string, string> Other);
