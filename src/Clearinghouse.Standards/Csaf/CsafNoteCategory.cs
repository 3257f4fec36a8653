using System.Text.Json.Serialization;

namespace Clearinghouse.Standards.Csaf;

/// <summary>What kind of note (CSAF 2.0 §3.1.6.2).</summary>
[JsonConverter(typeof(CsafEnumConverter<CsafNoteCategory>))]
public enum CsafNoteCategory
{
    /// <summary><c>description</c>.</summary>
    Description,

    /// <summary><c>details</c>.</summary>
    Details,

    /// <summary><c>faq</c>.</summary>
    Faq,

    /// <summary><c>general</c>.</summary>
    General,

    /// <summary><c>legal_disclaimer</c>.</summary>
    LegalDisclaimer,

    /// <summary><c>other</c>.</summary>
    Other,

    /// <summary><c>summary</c>.</summary>
    Summary,
}
