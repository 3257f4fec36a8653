using Clearinghouse.Contracts;
using Clearinghouse.Contracts.Scans;

namespace Clearinghouse.Scans;

/// <summary>Techniques as stored (wire names, comma-separated) and which of them touch live systems.</summary>
public static class ScanWire
{
    public static bool IsActive(this ScanTechnique technique) =>
        technique is ScanTechnique.DynamicTesting or ScanTechnique.NetworkScanning or ScanTechnique.AgenticTesting;

    public static string FormatTechniques(IEnumerable<ScanTechnique> techniques) =>
        string.Join(',', techniques.Distinct().Order().Select(t => ContractJson.EnumName(t)));

    public static IReadOnlyList<ScanTechnique> ParseTechniques(string stored) =>
        [.. stored.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(name => Enum.GetValues<ScanTechnique>().First(t => ContractJson.EnumName(t) == name))];
}
