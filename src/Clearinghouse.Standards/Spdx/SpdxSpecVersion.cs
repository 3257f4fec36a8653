namespace Clearinghouse.Standards.Spdx;

/// <summary>The SPDX versions read here (the document's <c>spdxVersion</c>).</summary>
public enum SpdxSpecVersion
{
    /// <summary>SPDX 2.2 (an older version; the fields read here are the same as in 2.3).</summary>
    Version22,

    /// <summary>SPDX 2.3.</summary>
    Version23,
}
