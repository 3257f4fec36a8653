namespace Clearinghouse.Standards.Cvss;

/// <summary>The CVSS versions the clearinghouse reads.</summary>
public enum CvssVersion : byte
{
    /// <summary>CVSS v2.0 (base metrics only).</summary>
    V20,

    /// <summary>CVSS v3.0.</summary>
    V30,

    /// <summary>CVSS v3.1.</summary>
    V31,

    /// <summary>CVSS v4.0.</summary>
    V40,
}
