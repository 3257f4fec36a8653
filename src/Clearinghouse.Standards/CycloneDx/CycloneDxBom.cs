using Clearinghouse.Standards.Json;

namespace Clearinghouse.Standards.CycloneDx;

/// <summary>
/// A CycloneDX JSON BOM (1.2 to 1.6; the reader is chosen by <c>specVersion</c>): its components (the metadata
/// component first, then every component in document order, nested ones after their parent), the dependency graph and
/// the vulnerabilities with their VEX analysis. Fields not listed here are not read.
/// </summary>
public sealed class CycloneDxBom
{
    internal CycloneDxBom(CycloneDxSpecVersion specVersion, string? serialNumber, int? version, CycloneDxComponent? metadataComponent,
        IReadOnlyList<CycloneDxComponent> components, IReadOnlyList<CycloneDxDependency> dependencies, IReadOnlyList<CycloneDxVulnerability> vulnerabilities)
    {
        SpecVersion = specVersion;
        SerialNumber = serialNumber;
        Version = version;
        MetadataComponent = metadataComponent;
        Components = components;
        Dependencies = dependencies;
        Vulnerabilities = vulnerabilities;
    }

    /// <summary>The specification version the BOM declares.</summary>
    public CycloneDxSpecVersion SpecVersion { get; }

    /// <summary>The BOM's serial number (<c>urn:uuid:...</c>), if any.</summary>
    public string? SerialNumber { get; }

    /// <summary>The BOM's version number; null when the document omits it.</summary>
    public int? Version { get; }

    /// <summary>What the BOM describes (<c>metadata.component</c>), if given; it is not repeated in <see cref="Components"/>.</summary>
    public CycloneDxComponent? MetadataComponent { get; }

    /// <summary>Every component, nested ones included (with <see cref="CycloneDxComponent.Parent"/> set).</summary>
    public IReadOnlyList<CycloneDxComponent> Components { get; }

    /// <summary>The dependency graph, one node per <c>dependencies[]</c> entry.</summary>
    public IReadOnlyList<CycloneDxDependency> Dependencies { get; }

    /// <summary>The vulnerabilities (VEX statements are those with an analysis state).</summary>
    public IReadOnlyList<CycloneDxVulnerability> Vulnerabilities { get; }

    /// <summary>Reads a CycloneDX JSON BOM; never throws on bad input. Does not validate it: see <see cref="CycloneDxValidator"/>.</summary>
    public static JsonLoadResult<CycloneDxBom> Load(ReadOnlyMemory<byte> utf8Json) => CycloneDxReader.Load(utf8Json);

    /// <summary>Reads a CycloneDX JSON BOM from a stream; never throws on bad input (I/O errors still throw).</summary>
    public static JsonLoadResult<CycloneDxBom> Load(Stream utf8Json) => Load(JsonInput.ReadAll(utf8Json));

    /// <summary><c>CycloneDX Version16 urn:uuid:... (12 components)</c>.</summary>
    public override string ToString() => $"CycloneDX {SpecVersion} {SerialNumber} ({Components.Count} components)";
}
