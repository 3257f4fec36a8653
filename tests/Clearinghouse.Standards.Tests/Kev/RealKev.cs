using Clearinghouse.Standards.Kev;

namespace Clearinghouse.Standards.Tests.Kev;

/// <summary>CISA's KEV catalog from the shared data folder (catalog 2025.08.25).</summary>
internal static class RealKev
{
    public static string JsonPath => TestData.Path("kev", "known_exploited_vulnerabilities.json");

    public static KevCatalog Load()
    {
        using var stream = File.OpenRead(JsonPath);
        var result = KevCatalog.Load(stream);
        Assert.True(result.Succeeded && result.Diagnostics.Count == 0, string.Join("\n", result.Diagnostics));
        return result.Catalog;
    }
}
