using System.Text.Json.Serialization;

namespace Clearinghouse.Standards.Csaf;

/// <summary>How far a party's involvement is (CSAF 2.0 §3.2.3.7.3).</summary>
[JsonConverter(typeof(CsafEnumConverter<CsafInvolvementStatus>))]
public enum CsafInvolvementStatus
{
    /// <summary><c>completed</c>.</summary>
    Completed,

    /// <summary><c>contact_attempted</c>.</summary>
    ContactAttempted,

    /// <summary><c>disputed</c>.</summary>
    Disputed,

    /// <summary><c>in_progress</c>.</summary>
    InProgress,

    /// <summary><c>not_contacted</c>.</summary>
    NotContacted,

    /// <summary><c>open</c>.</summary>
    Open,
}
