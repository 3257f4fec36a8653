using System.Text.Json;
using Clearinghouse.Standards.Json;

namespace Clearinghouse.Standards.Spdx;

/// <summary>
/// Reads SPDX JSON. The version table maps <c>spdxVersion</c> to the version read; 2.2 and 2.3 differ in no field read
/// here, so one reader serves both. A field of the wrong JSON type, or a package or relationship without its required
/// ids, is a diagnostic and the document is refused; unknown fields are ignored.
/// </summary>
internal static class SpdxReader
{
    private static readonly Dictionary<string, SpdxSpecVersion> Versions = new(StringComparer.Ordinal)
    {
        ["SPDX-2.2"] = SpdxSpecVersion.Version22,
        ["SPDX-2.3"] = SpdxSpecVersion.Version23,
    };

    public static JsonLoadResult<SpdxDocument> Load(ReadOnlyMemory<byte> utf8)
    {
        if (!JsonInput.TryParse(utf8, out var document, out var error))
        {
            return new JsonLoadResult<SpdxDocument>(null, [error]);
        }

        using (document)
        {
            var root = document!.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return new JsonLoadResult<SpdxDocument>(null, [new JsonDiagnostic("", "an SPDX document is an object, not " + JsonInput.Describe(root.ValueKind))]);
            }

            var problems = new List<JsonDiagnostic>();
            var token = JsonInput.Text(root, "spdxVersion", JsonPath.Root, problems);
            if (token is null || !Versions.TryGetValue(token, out var version))
            {
                problems.Add(new JsonDiagnostic("/spdxVersion", $"spdxVersion '{token}' is not one of {string.Join(", ", Versions.Keys)}"));
                return new JsonLoadResult<SpdxDocument>(null, problems);
            }

            var spdxId = JsonInput.Text(root, "SPDXID", JsonPath.Root, problems);
            if (spdxId is null)
            {
                problems.Add(new JsonDiagnostic("", "the document needs an 'SPDXID'"));
            }

            var packages = new List<SpdxPackage>();
            foreach (var (item, at) in JsonInput.Items(root, "packages", JsonPath.Root, problems))
            {
                if (ReadPackage(item, at, problems) is { } package)
                {
                    packages.Add(package);
                }
            }

            var relationships = new List<SpdxRelationship>();
            foreach (var (item, at) in JsonInput.Items(root, "relationships", JsonPath.Root, problems))
            {
                var element = JsonInput.Text(item, "spdxElementId", at, problems);
                var type = JsonInput.Text(item, "relationshipType", at, problems);
                var related = JsonInput.Text(item, "relatedSpdxElement", at, problems);
                if (element is null || type is null || related is null)
                {
                    problems.Add(new JsonDiagnostic(at.ToString(), "a relationship needs 'spdxElementId', 'relationshipType' and 'relatedSpdxElement'"));
                    continue;
                }

                relationships.Add(new SpdxRelationship(element, type, related));
            }

            var describes = new List<string>();
            foreach (var (item, at) in JsonInput.Items(root, "documentDescribes", JsonPath.Root, problems))
            {
                if (item.ValueKind == JsonValueKind.String)
                {
                    describes.Add(item.GetString()!);
                }
                else
                {
                    problems.Add(new JsonDiagnostic(at.ToString(), "expected a string, found " + JsonInput.Describe(item.ValueKind)));
                }
            }

            describes.AddRange(relationships.Where(r => r.Element == spdxId && r.RelationshipType == "DESCRIBES" && !describes.Contains(r.Related)).Select(r => r.Related));
            var result = new SpdxDocument(version, spdxId ?? "", JsonInput.Text(root, "name", JsonPath.Root, problems), JsonInput.Text(root, "documentNamespace", JsonPath.Root, problems), describes, packages, relationships);
            return new JsonLoadResult<SpdxDocument>(problems.Count == 0 ? result : null, problems);
        }
    }

    private static SpdxPackage? ReadPackage(JsonElement item, JsonPath at, List<JsonDiagnostic> problems)
    {
        var id = JsonInput.Text(item, "SPDXID", at, problems);
        var name = JsonInput.Text(item, "name", at, problems);
        if (id is null || name is null)
        {
            problems.Add(new JsonDiagnostic(at.ToString(), "a package needs 'SPDXID' and 'name'"));
            return null;
        }

        var checksums = new List<SpdxChecksum>();
        foreach (var (checksum, checksumAt) in JsonInput.Items(item, "checksums", at, problems))
        {
            var algorithm = JsonInput.Text(checksum, "algorithm", checksumAt, problems);
            var value = JsonInput.Text(checksum, "checksumValue", checksumAt, problems);
            if (algorithm is null || value is null)
            {
                problems.Add(new JsonDiagnostic(checksumAt.ToString(), "a checksum needs 'algorithm' and 'checksumValue'"));
                continue;
            }

            checksums.Add(new SpdxChecksum(algorithm, value));
        }

        var refs = new List<SpdxExternalRef>();
        foreach (var (reference, referenceAt) in JsonInput.Items(item, "externalRefs", at, problems))
        {
            var category = JsonInput.Text(reference, "referenceCategory", referenceAt, problems);
            var type = JsonInput.Text(reference, "referenceType", referenceAt, problems);
            var locator = JsonInput.Text(reference, "referenceLocator", referenceAt, problems);
            if (category is null || type is null || locator is null)
            {
                problems.Add(new JsonDiagnostic(referenceAt.ToString(), "an external reference needs 'referenceCategory', 'referenceType' and 'referenceLocator'"));
                continue;
            }

            refs.Add(new SpdxExternalRef(category, type, locator));
        }

        return new SpdxPackage(id, name, JsonInput.Text(item, "versionInfo", at, problems), JsonInput.Text(item, "supplier", at, problems), checksums, refs,
            JsonInput.Text(item, "licenseConcluded", at, problems), JsonInput.Text(item, "licenseDeclared", at, problems));
    }
}
