using System.Text.Json.Serialization;

namespace Clearinghouse.Standards.Csaf;

/// <summary>What kind of remediation (CSAF 2.0 §3.2.3.12.1).</summary>
[JsonConverter(typeof(CsafEnumConverter<CsafRemediationCategory>))]
public enum CsafRemediationCategory
{
    /// <summary><c>mitigation</c>.</summary>
    Mitigation,

    /// <summary><c>no_fix_planned</c>.</summary>
    NoFixPlanned,

    /// <summary><c>none_available</c>.</summary>
    NoneAvailable,

    /// <summary><c>vendor_fix</c>.</summary>
    VendorFix,

    /// <summary><c>workaround</c>.</summary>
    Workaround,
}
