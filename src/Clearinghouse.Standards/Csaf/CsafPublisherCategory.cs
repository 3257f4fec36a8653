using System.Text.Json.Serialization;

namespace Clearinghouse.Standards.Csaf;

/// <summary>A publisher's role (CSAF 2.0 §3.2.1.8.1).</summary>
[JsonConverter(typeof(CsafEnumConverter<CsafPublisherCategory>))]
public enum CsafPublisherCategory
{
    /// <summary><c>coordinator</c>.</summary>
    Coordinator,

    /// <summary><c>discoverer</c>.</summary>
    Discoverer,

    /// <summary><c>other</c>.</summary>
    Other,

    /// <summary><c>translator</c>.</summary>
    Translator,

    /// <summary><c>user</c>.</summary>
    User,

    /// <summary><c>vendor</c>.</summary>
    Vendor,
}
