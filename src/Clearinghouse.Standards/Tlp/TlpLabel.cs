using System.Text.Json.Serialization;

namespace Clearinghouse.Standards.Tlp;

/// <summary>
/// A Traffic Light Protocol 2.0 label (FIRST, August 2022): how far a recipient may share the information it marks.
/// On the wire it is written as the standard's own text, for example <c>TLP:AMBER+STRICT</c>; see <see cref="TlpLabels"/>.
/// </summary>
[JsonConverter(typeof(TlpLabelJsonConverter))]
public enum TlpLabel
{
    /// <summary>TLP:CLEAR: no limit on disclosure; may be published.</summary>
    Clear = 0,

    /// <summary>TLP:GREEN: may be shared within the community (here, every participant of the clearinghouse), not published.</summary>
    Green = 1,

    /// <summary>TLP:AMBER: limited to the recipients' organizations and their clients, on a need-to-know basis.</summary>
    Amber = 2,

    /// <summary>TLP:AMBER+STRICT: limited to the recipients' organizations only.</summary>
    AmberStrict = 3,

    /// <summary>TLP:RED: for the eyes and ears of the individual recipients only.</summary>
    Red = 4,
}
