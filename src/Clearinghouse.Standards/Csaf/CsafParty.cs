using System.Text.Json.Serialization;

namespace Clearinghouse.Standards.Csaf;

/// <summary>A party involved with a vulnerability (CSAF 2.0 §3.2.3.7.2).</summary>
[JsonConverter(typeof(CsafEnumConverter<CsafParty>))]
public enum CsafParty
{
    /// <summary><c>coordinator</c>.</summary>
    Coordinator,

    /// <summary><c>discoverer</c>.</summary>
    Discoverer,

    /// <summary><c>other</c>.</summary>
    Other,

    /// <summary><c>user</c>.</summary>
    User,

    /// <summary><c>vendor</c>.</summary>
    Vendor,
}
