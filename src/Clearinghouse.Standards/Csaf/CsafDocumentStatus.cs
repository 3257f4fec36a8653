using System.Text.Json.Serialization;

namespace Clearinghouse.Standards.Csaf;

/// <summary>A document's status (CSAF 2.0 §3.2.1.12.5).</summary>
[JsonConverter(typeof(CsafEnumConverter<CsafDocumentStatus>))]
public enum CsafDocumentStatus
{
    /// <summary><c>draft</c>.</summary>
    Draft,

    /// <summary><c>final</c>.</summary>
    Final,

    /// <summary><c>interim</c>.</summary>
    Interim,
}
