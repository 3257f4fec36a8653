using System.Text.Json;
using Clearinghouse.Standards.Json;

namespace Clearinghouse.Standards.CycloneDx;

/// <summary>
/// Reads CycloneDX 1.4 JSON (and 1.2/1.3, which add nothing this model reads); the 1.5 and 1.6 readers override what
/// those versions changed. A field of the wrong JSON type, a missing component type or name, or an unknown VEX token is
/// a diagnostic and the BOM is refused; unknown fields are ignored.
/// </summary>
internal class CycloneDxReader
{
    public static JsonLoadResult<CycloneDxBom> Load(ReadOnlyMemory<byte> utf8)
    {
        if (!JsonInput.TryParse(utf8, out var document, out var error))
        {
            return new JsonLoadResult<CycloneDxBom>(null, [error]);
        }

        using (document)
        {
            var root = document!.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return new JsonLoadResult<CycloneDxBom>(null, [new JsonDiagnostic("", "a CycloneDX BOM is an object, not " + JsonInput.Describe(root.ValueKind))]);
            }

            var problems = new List<JsonDiagnostic>();
            var bomFormat = JsonInput.Text(root, "bomFormat", JsonPath.Root, problems);
            if (bomFormat != "CycloneDX")
            {
                problems.Add(new JsonDiagnostic("/bomFormat", $"bomFormat must be 'CycloneDX', not '{bomFormat}'"));
            }

            var token = JsonInput.Text(root, "specVersion", JsonPath.Root, problems);
            var format = CycloneDxFormat.Find(token);
            if (format is null)
            {
                problems.Add(new JsonDiagnostic("/specVersion", $"specVersion '{token}' is not one of {string.Join(", ", CycloneDxFormat.All.Select(f => f.Token))}"));
                return new JsonLoadResult<CycloneDxBom>(null, problems);
            }

            var bom = format.Reader.Read(root, format.Version, problems);
            return new JsonLoadResult<CycloneDxBom>(problems.Count == 0 ? bom : null, problems);
        }
    }

    private CycloneDxBom Read(JsonElement root, CycloneDxSpecVersion version, List<JsonDiagnostic> problems)
    {
        var serial = JsonInput.Text(root, "serialNumber", JsonPath.Root, problems);
        int? number = root.TryGetProperty("version", out var v) && v.ValueKind == JsonValueKind.Number && v.TryGetInt32(out var n) ? n : null;
        var components = new List<CycloneDxComponent>();
        CycloneDxComponent? metadataComponent = null;
        if (Member(root, "metadata", JsonValueKind.Object, JsonPath.Root, problems) is JsonElement metadata
            && Member(metadata, "component", JsonValueKind.Object, JsonPath.Root["metadata"], problems) is JsonElement main)
        {
            var nested = new List<CycloneDxComponent>();
            metadataComponent = ReadComponent(main, JsonPath.Root["metadata"]["component"], null, nested, problems);
            components.AddRange(nested.Skip(1));
        }

        foreach (var (item, at) in JsonInput.Items(root, "components", JsonPath.Root, problems))
        {
            ReadComponent(item, at, null, components, problems);
        }

        var dependencies = new List<CycloneDxDependency>();
        foreach (var (item, at) in JsonInput.Items(root, "dependencies", JsonPath.Root, problems))
        {
            var reference = JsonInput.Text(item, "ref", at, problems);
            if (reference is null)
            {
                problems.Add(new JsonDiagnostic(at.ToString(), "a dependency needs a 'ref'"));
                continue;
            }

            dependencies.Add(new CycloneDxDependency(reference, Refs(item, "dependsOn", at, problems), ReadProvides(item, at, problems)));
        }

        var vulnerabilities = new List<CycloneDxVulnerability>();
        foreach (var (item, at) in JsonInput.Items(root, "vulnerabilities", JsonPath.Root, problems))
        {
            vulnerabilities.Add(ReadVulnerability(item, at, problems));
        }

        return new CycloneDxBom(version, serial, number, metadataComponent, components, dependencies, vulnerabilities);
    }

    private CycloneDxComponent ReadComponent(JsonElement item, JsonPath at, string? parent, List<CycloneDxComponent> into, List<JsonDiagnostic> problems)
    {
        var type = JsonInput.Text(item, "type", at, problems);
        var name = JsonInput.Text(item, "name", at, problems);
        if (type is null)
        {
            problems.Add(new JsonDiagnostic(at.ToString(), "a component needs a 'type'"));
        }

        if (name is null)
        {
            problems.Add(new JsonDiagnostic(at.ToString(), "a component needs a 'name'"));
        }

        var bomRef = JsonInput.Text(item, "bom-ref", at, problems);
        var hashes = new List<CycloneDxHash>();
        foreach (var (hash, hashAt) in JsonInput.Items(item, "hashes", at, problems))
        {
            var alg = JsonInput.Text(hash, "alg", hashAt, problems);
            var content = JsonInput.Text(hash, "content", hashAt, problems);
            if (alg is null || content is null)
            {
                problems.Add(new JsonDiagnostic(hashAt.ToString(), "a hash needs 'alg' and 'content'"));
                continue;
            }

            hashes.Add(new CycloneDxHash(alg, content));
        }

        var licenses = new List<CycloneDxLicense>();
        foreach (var (choice, choiceAt) in JsonInput.Items(item, "licenses", at, problems))
        {
            if (ReadLicense(choice, choiceAt, problems) is { } license)
            {
                licenses.Add(license);
            }
        }

        var component = new CycloneDxComponent(bomRef, type ?? "", JsonInput.Text(item, "group", at, problems), name ?? "", JsonInput.Text(item, "version", at, problems),
            JsonInput.Text(item, "purl", at, problems), JsonInput.Text(item, "cpe", at, problems), hashes, licenses, parent);
        component = ReadIdentifiers(item, at, component, problems);
        into.Add(component);
        foreach (var (child, childAt) in JsonInput.Items(item, "components", at, problems))
        {
            ReadComponent(child, childAt, bomRef ?? component.ToString(), into, problems);
        }

        return component;
    }

    /// <summary>A license choice entry: <c>{"license": {"id"|"name"}}</c> or <c>{"expression"}</c>.</summary>
    protected virtual CycloneDxLicense? ReadLicense(JsonElement choice, JsonPath at, List<JsonDiagnostic> problems)
    {
        if (Member(choice, "license", JsonValueKind.Object, at, problems) is JsonElement license)
        {
            var licenseAt = at["license"];
            return new CycloneDxLicense(JsonInput.Text(license, "id", licenseAt, problems), JsonInput.Text(license, "name", licenseAt, problems), null, Acknowledgement(license, licenseAt, problems));
        }

        if (JsonInput.Text(choice, "expression", at, problems) is { } expression)
        {
            return new CycloneDxLicense(null, null, expression, Acknowledgement(choice, at, problems));
        }

        problems.Add(new JsonDiagnostic(at.ToString(), "a license choice needs 'license' or 'expression'"));
        return null;
    }

    /// <summary>1.6 added <c>acknowledgement</c>; before, there is none.</summary>
    protected virtual string? Acknowledgement(JsonElement license, JsonPath at, List<JsonDiagnostic> problems) => null;

    /// <summary>1.6 added <c>provides</c> to dependencies.</summary>
    protected virtual IReadOnlyList<string> ReadProvides(JsonElement dependency, JsonPath at, List<JsonDiagnostic> problems) => [];

    /// <summary>1.6 added <c>omniborId</c> and <c>swhid</c> to components.</summary>
    protected virtual CycloneDxComponent ReadIdentifiers(JsonElement item, JsonPath at, CycloneDxComponent component, List<JsonDiagnostic> problems) => component;

    /// <summary>1.5 added <c>firstIssued</c> and <c>lastUpdated</c> to the analysis.</summary>
    protected virtual (string? FirstIssued, string? LastUpdated) AnalysisDates(JsonElement analysis, JsonPath at, List<JsonDiagnostic> problems) => (null, null);

    private CycloneDxVulnerability ReadVulnerability(JsonElement item, JsonPath at, List<JsonDiagnostic> problems)
    {
        string? source = null;
        if (Member(item, "source", JsonValueKind.Object, at, problems) is JsonElement sourceObject)
        {
            source = JsonInput.Text(sourceObject, "name", at["source"], problems);
        }

        CycloneDxAnalysis? analysis = null;
        if (Member(item, "analysis", JsonValueKind.Object, at, problems) is JsonElement a)
        {
            var analysisAt = at["analysis"];
            VexState? state = null;
            if (JsonInput.Text(a, "state", analysisAt, problems) is { } stateToken)
            {
                if (VexTokens.TryParse(stateToken, out VexState parsed))
                {
                    state = parsed;
                }
                else
                {
                    problems.Add(new JsonDiagnostic(analysisAt["state"].ToString(), $"'{stateToken}' is not a CycloneDX analysis state"));
                }
            }

            VexJustification? justification = null;
            if (JsonInput.Text(a, "justification", analysisAt, problems) is { } justificationToken)
            {
                if (VexTokens.TryParse(justificationToken, out VexJustification parsed))
                {
                    justification = parsed;
                }
                else
                {
                    problems.Add(new JsonDiagnostic(analysisAt["justification"].ToString(), $"'{justificationToken}' is not a CycloneDX justification"));
                }
            }

            var responses = new List<VexResponse>();
            foreach (var (response, responseAt) in JsonInput.Items(a, "response", analysisAt, problems))
            {
                if (response.ValueKind == JsonValueKind.String && VexTokens.TryParse(response.GetString(), out VexResponse parsed))
                {
                    responses.Add(parsed);
                }
                else
                {
                    problems.Add(new JsonDiagnostic(responseAt.ToString(), $"{response.GetRawText()} is not a CycloneDX response"));
                }
            }

            var (firstIssued, lastUpdated) = AnalysisDates(a, analysisAt, problems);
            analysis = new CycloneDxAnalysis(state, justification, responses, JsonInput.Text(a, "detail", analysisAt, problems), firstIssued, lastUpdated);
        }

        var affects = new List<CycloneDxAffect>();
        foreach (var (affect, affectAt) in JsonInput.Items(item, "affects", at, problems))
        {
            var reference = JsonInput.Text(affect, "ref", affectAt, problems);
            if (reference is null)
            {
                problems.Add(new JsonDiagnostic(affectAt.ToString(), "an affects entry needs a 'ref'"));
                continue;
            }

            var versions = new List<CycloneDxAffectedVersion>();
            foreach (var (version, versionAt) in JsonInput.Items(affect, "versions", affectAt, problems))
            {
                versions.Add(new CycloneDxAffectedVersion(JsonInput.Text(version, "version", versionAt, problems), JsonInput.Text(version, "range", versionAt, problems), JsonInput.Text(version, "status", versionAt, problems)));
            }

            affects.Add(new CycloneDxAffect(reference, versions));
        }

        return new CycloneDxVulnerability(JsonInput.Text(item, "bom-ref", at, problems), JsonInput.Text(item, "id", at, problems), source, analysis, affects);
    }

    /// <summary>A string member; null when absent, a diagnostic when present with another type.</summary>

    /// <summary>An array of strings (e.g. refs); a non-string item is a diagnostic.</summary>
    protected static IReadOnlyList<string> Refs(JsonElement parent, string name, JsonPath at, List<JsonDiagnostic> problems)
    {
        var refs = new List<string>();
        foreach (var (item, itemAt) in JsonInput.Items(parent, name, at, problems))
        {
            if (item.ValueKind == JsonValueKind.String)
            {
                refs.Add(item.GetString()!);
            }
            else
            {
                problems.Add(new JsonDiagnostic(itemAt.ToString(), "expected a string, found " + JsonInput.Describe(item.ValueKind)));
            }
        }

        return refs;
    }

    private static JsonElement? Member(JsonElement parent, string name, JsonValueKind kind, JsonPath at, List<JsonDiagnostic> problems)
    {
        if (parent.ValueKind != JsonValueKind.Object || !parent.TryGetProperty(name, out var value))
        {
            return null;
        }

        if (value.ValueKind == kind)
        {
            return value;
        }

        problems.Add(new JsonDiagnostic(at[name].ToString(), $"expected {JsonInput.Describe(kind)}, found {JsonInput.Describe(value.ValueKind)}"));
        return null;
    }
}
