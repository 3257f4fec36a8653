using Clearinghouse.Standards.Json;

namespace Clearinghouse.Standards.Spdx;

/// <summary>An SPDX 2.3 (or 2.2) JSON document: its packages and relationships. Files and snippets are not read.</summary>
public sealed class SpdxDocument
{
    /// <summary>Relationship types that say the element is a dependency of the related element (the edge points the other way).</summary>
    private static readonly HashSet<string> DependencyOf = new(StringComparer.Ordinal)
    {
        "DEPENDENCY_OF", "BUILD_DEPENDENCY_OF", "DEV_DEPENDENCY_OF", "OPTIONAL_DEPENDENCY_OF", "PROVIDED_DEPENDENCY_OF",
        "TEST_DEPENDENCY_OF", "RUNTIME_DEPENDENCY_OF",
    };

    internal SpdxDocument(SpdxSpecVersion specVersion, string spdxId, string? name, string? documentNamespace, IReadOnlyList<string> describes,
        IReadOnlyList<SpdxPackage> packages, IReadOnlyList<SpdxRelationship> relationships)
    {
        SpecVersion = specVersion;
        SpdxId = spdxId;
        Name = name;
        DocumentNamespace = documentNamespace;
        Describes = describes;
        Packages = packages;
        Relationships = relationships;
    }

    /// <summary>The SPDX version the document declares.</summary>
    public SpdxSpecVersion SpecVersion { get; }

    /// <summary>The document's SPDX id (<c>SPDXRef-DOCUMENT</c>).</summary>
    public string SpdxId { get; }

    /// <summary>The document's name.</summary>
    public string? Name { get; }

    /// <summary>The document namespace URI.</summary>
    public string? DocumentNamespace { get; }

    /// <summary>The ids the document describes (<c>documentDescribes</c> and <c>DESCRIBES</c> relationships of the document).</summary>
    public IReadOnlyList<string> Describes { get; }

    /// <summary>The packages, in document order.</summary>
    public IReadOnlyList<SpdxPackage> Packages { get; }

    /// <summary>Every relationship, in document order.</summary>
    public IReadOnlyList<SpdxRelationship> Relationships { get; }

    /// <summary>
    /// The dependency graph: <c>DEPENDS_ON</c> as written, and the <c>*DEPENDENCY_OF</c> relationships turned around so
    /// every edge points from the dependent to its dependency.
    /// </summary>
    public IReadOnlyList<SpdxDependency> Dependencies() =>
    [
        .. Relationships
            .Where(r => r.RelationshipType == "DEPENDS_ON" || DependencyOf.Contains(r.RelationshipType))
            .Select(r => r.RelationshipType == "DEPENDS_ON"
                ? new SpdxDependency(r.Element, r.Related, r.RelationshipType)
                : new SpdxDependency(r.Related, r.Element, r.RelationshipType)),
    ];

    /// <summary>Reads an SPDX JSON document; never throws on bad input. Does not validate it against the schema.</summary>
    public static JsonLoadResult<SpdxDocument> Load(ReadOnlyMemory<byte> utf8Json) => SpdxReader.Load(utf8Json);

    /// <summary>Reads an SPDX JSON document from a stream; never throws on bad input (I/O errors still throw).</summary>
    public static JsonLoadResult<SpdxDocument> Load(Stream utf8Json) => Load(JsonInput.ReadAll(utf8Json));

    /// <summary><c>SPDX Version23 name (12 packages)</c>.</summary>
    public override string ToString() => $"SPDX {SpecVersion} {Name} ({Packages.Count} packages)";
}
