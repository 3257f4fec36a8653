namespace Clearinghouse.Standards.CycloneDx;

/// <summary>The CycloneDX specification versions read here (the <c>specVersion</c> of a BOM).</summary>
public enum CycloneDxSpecVersion
{
    /// <summary>CycloneDX 1.2 (read with the 1.4 rules; no schema validation).</summary>
    Version12,

    /// <summary>CycloneDX 1.3 (read with the 1.4 rules; no schema validation).</summary>
    Version13,

    /// <summary>CycloneDX 1.4: vulnerabilities and VEX analysis introduced.</summary>
    Version14,

    /// <summary>CycloneDX 1.5: tools as components and services, VEX analysis dates.</summary>
    Version15,

    /// <summary>CycloneDX 1.6: license acknowledgement, dependency <c>provides</c>, OmniBOR and SWHID identifiers.</summary>
    Version16,
}
