using System.Text.Json.Serialization;

namespace Clearinghouse.Standards.Csaf;

/// <summary>A TLP 1.0 label as CSAF 2.0 writes it (<c>WHITE</c>, <c>GREEN</c>, <c>AMBER</c>, <c>RED</c>).</summary>
[JsonConverter(typeof(CsafEnumConverter<CsafTlpLabel>))]
public enum CsafTlpLabel
{
    /// <summary><c>WHITE</c>.</summary>
    White,

    /// <summary><c>GREEN</c>.</summary>
    Green,

    /// <summary><c>AMBER</c>.</summary>
    Amber,

    /// <summary><c>RED</c>.</summary>
    Red,
}
