using System.Text.Json.Serialization;

namespace Clearinghouse.Standards.Csaf;

/// <summary>Whether a reference is the document itself (CSAF 2.0 §3.1.8.1).</summary>
[JsonConverter(typeof(CsafEnumConverter<CsafReferenceCategory>))]
public enum CsafReferenceCategory
{
    /// <summary><c>external</c>.</summary>
    External,

    /// <summary><c>self</c>.</summary>
    Self,
}
