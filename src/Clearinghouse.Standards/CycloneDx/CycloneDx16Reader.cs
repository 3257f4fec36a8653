using System.Text.Json;
using Clearinghouse.Standards.Json;

namespace Clearinghouse.Standards.CycloneDx;

/// <summary>CycloneDX 1.6: license <c>acknowledgement</c>, dependency <c>provides</c>, component <c>omniborId</c> and <c>swhid</c>.</summary>
internal sealed class CycloneDx16Reader : CycloneDx15Reader
{
    protected override string? Acknowledgement(JsonElement license, JsonPath at, List<JsonDiagnostic> problems) =>
        JsonInput.Text(license, "acknowledgement", at, problems);

    protected override IReadOnlyList<string> ReadProvides(JsonElement dependency, JsonPath at, List<JsonDiagnostic> problems) =>
        Refs(dependency, "provides", at, problems);

    protected override CycloneDxComponent ReadIdentifiers(JsonElement item, JsonPath at, CycloneDxComponent component, List<JsonDiagnostic> problems) =>
        component with { OmniborIds = Refs(item, "omniborId", at, problems), Swhids = Refs(item, "swhid", at, problems) };
}
