namespace Clearinghouse.Standards.CycloneDx;

/// <summary>
/// The one table from <c>specVersion</c> to the reader and the official schema for it. A version missing here is
/// refused, by name.
/// </summary>
internal sealed record CycloneDxFormat(string Token, CycloneDxSpecVersion Version, CycloneDxReader Reader, string? Schema)
{
    private static readonly CycloneDxReader Reader14 = new();
    private static readonly CycloneDxReader Reader15 = new CycloneDx15Reader();
    private static readonly CycloneDxReader Reader16 = new CycloneDx16Reader();

    public static IReadOnlyList<CycloneDxFormat> All { get; } =
    [
        new("1.2", CycloneDxSpecVersion.Version12, Reader14, null),
        new("1.3", CycloneDxSpecVersion.Version13, Reader14, null),
        new("1.4", CycloneDxSpecVersion.Version14, Reader14, "bom-1.4.schema.json"),
        new("1.5", CycloneDxSpecVersion.Version15, Reader15, "bom-1.5.schema.json"),
        new("1.6", CycloneDxSpecVersion.Version16, Reader16, "bom-1.6.schema.json"),
    ];

    public static CycloneDxFormat? Find(string? token) => All.FirstOrDefault(f => f.Token == token);
}
