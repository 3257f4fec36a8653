namespace Clearinghouse.Standards.Ssvc;

/// <summary>SSVC's Public Well-Being Impact (ssvc:PWI:1.1.0): the harm to the public if the vulnerability is exploited.</summary>
public enum PublicWellbeingImpact
{
    /// <summary>Below the threshold of <see cref="Material"/>.</summary>
    Minimal,

    /// <summary>Physical distress or injury, safety hazards, major externalities, bankruptcies of several people, widespread psychological harm.</summary>
    Material,

    /// <summary>Multiple fatalities likely, an immediate public health threat, or social systems (elections, the financial grid) destabilized.</summary>
    Irreversible,
}
