using System.Text.Json.Serialization;

namespace Clearinghouse.Contracts.Participants;

/// <summary>What a member may do within its organization. What it may see is decided by the records' sharing labels.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<MemberRole>))]
public enum MemberRole
{
    /// <summary>Manages the organization: its profile, members and their tokens; may also do what an analyst does.</summary>
    [JsonStringEnumMemberName("admin")] Admin,

    /// <summary>Works on records: triages, updates and shares them.</summary>
    [JsonStringEnumMemberName("analyst")] Analyst,

    /// <summary>Submits records (findings, inventories, campaigns) and edits the ones it authored.</summary>
    [JsonStringEnumMemberName("submitter")] Submitter,

    /// <summary>Reads what the organization may see; changes nothing.</summary>
    [JsonStringEnumMemberName("viewer")] Viewer,
}
