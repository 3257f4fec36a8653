namespace Clearinghouse.Standards.Cvss;

/// <summary>The qualitative severity rating scale shared by CVSS v3.x and v4.0 (v2.0 has no None or Critical).</summary>
public enum CvssSeverity : byte
{
    /// <summary>0.0.</summary>
    None,

    /// <summary>0.1 to 3.9.</summary>
    Low,

    /// <summary>4.0 to 6.9.</summary>
    Medium,

    /// <summary>7.0 to 8.9.</summary>
    High,

    /// <summary>9.0 to 10.0.</summary>
    Critical,
}
