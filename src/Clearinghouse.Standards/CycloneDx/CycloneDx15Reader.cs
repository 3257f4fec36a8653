using System.Text.Json;
using Clearinghouse.Standards.Json;

namespace Clearinghouse.Standards.CycloneDx;

/// <summary>CycloneDX 1.5: the VEX analysis gained <c>firstIssued</c> and <c>lastUpdated</c>.</summary>
internal class CycloneDx15Reader : CycloneDxReader
{
    protected override (string? FirstIssued, string? LastUpdated) AnalysisDates(JsonElement analysis, JsonPath at, List<JsonDiagnostic> problems) =>
        (JsonInput.Text(analysis, "firstIssued", at, problems), JsonInput.Text(analysis, "lastUpdated", at, problems));
}
