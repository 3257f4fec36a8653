using System.ComponentModel.DataAnnotations;
using Clearinghouse.Standards.Tlp;

namespace Clearinghouse.Contracts.Participants;

/// <summary>Enrols an organization in the clearinghouse together with its first administrator.</summary>
public sealed record EnrolOrganizationRequest
{
    /// <summary>The organization's name as its members would recognise it.</summary>
    [Required, StringLength(200, MinimumLength = 2)]
    public required string Name { get; init; }

    /// <summary>What kind of participant it is.</summary>
    public required OrganizationKind Kind { get; init; }

    /// <summary>The critical infrastructure sector; required for, and only for, critical-infrastructure operators.</summary>
    public Sector? Sector { get; init; }

    /// <summary>The operator's size; required for, and only for, critical-infrastructure operators.</summary>
    public SizeTier? SizeTier { get; init; }

    /// <summary>Who may see this organization's profile; TLP:AMBER (the organization and the clearinghouse) unless given. TLP:RED is not accepted for a profile.</summary>
    public TlpLabel? Tlp { get; init; }

    /// <summary>A mailbox the clearinghouse may write to, such as a security team's.</summary>
    [EmailAddress, StringLength(320)]
    public string? ContactEmail { get; init; }

    /// <summary>An operator's SSVC Mission and Well-Being Impact: <c>derived</c> (the default) from its sector and size tier, or set to low, medium or high.</summary>
    public MissionWellbeingSetting? MissionWellbeing { get; init; }

    /// <summary>The US state or territory the organization is in, as its two-letter USPS code (VT, PR); used only in aggregate figures.</summary>
    [RegularExpression("^[A-Z]{2}$", ErrorMessage = "The state is a two-letter USPS code in capitals, such as VT or PR.")]
    public string? State { get; init; }

    /// <summary>The organization's first administrator; the response carries that member's first token.</summary>
    [Required]
    public required NewMember FirstAdmin { get; init; }
}

/// <summary>A person to add to an organization.</summary>
public sealed record NewMember
{
    /// <summary>The name shown to others.</summary>
    [Required, StringLength(200, MinimumLength = 1)]
    public required string DisplayName { get; init; }

    /// <summary>The member's e-mail address, unique among the active members of the clearinghouse.</summary>
    [Required, EmailAddress, StringLength(320)]
    public required string Email { get; init; }
}

/// <summary>Adds a member to an organization.</summary>
public sealed record AddMemberRequest
{
    /// <summary>The name shown to others.</summary>
    [Required, StringLength(200, MinimumLength = 1)]
    public required string DisplayName { get; init; }

    /// <summary>The member's e-mail address, unique among the active members of the clearinghouse.</summary>
    [Required, EmailAddress, StringLength(320)]
    public required string Email { get; init; }

    /// <summary>The member's role in the organization.</summary>
    public required MemberRole Role { get; init; }
}

/// <summary>Changes an organization's profile; absent fields stay as they are.</summary>
public sealed record UpdateOrganizationRequest
{
    /// <summary>A new name.</summary>
    [StringLength(200, MinimumLength = 2)]
    public string? Name { get; init; }

    /// <summary>A new sector (critical-infrastructure operators only).</summary>
    public Sector? Sector { get; init; }

    /// <summary>A new size tier (critical-infrastructure operators only).</summary>
    public SizeTier? SizeTier { get; init; }

    /// <summary>A new sharing label for the profile.</summary>
    public TlpLabel? Tlp { get; init; }

    /// <summary>A new contact mailbox.</summary>
    [EmailAddress, StringLength(320)]
    public string? ContactEmail { get; init; }

    /// <summary>A new Mission and Well-Being setting: <c>derived</c> returns to the default from sector and size tier.</summary>
    public MissionWellbeingSetting? MissionWellbeing { get; init; }

    /// <summary>A new US state or territory the organization is in, as its two-letter USPS code (VT, PR); used only in aggregate figures.</summary>
    [RegularExpression("^[A-Z]{2}$", ErrorMessage = "The state is a two-letter USPS code in capitals, such as VT or PR.")]
    public string? State { get; init; }
}

/// <summary>Changes a member; absent fields stay as they are.</summary>
public sealed record UpdateMemberRequest
{
    /// <summary>A new display name.</summary>
    [StringLength(200, MinimumLength = 1)]
    public string? DisplayName { get; init; }

    /// <summary>A new role.</summary>
    public MemberRole? Role { get; init; }
}

/// <summary>Issues an API token to a member.</summary>
public sealed record IssueTokenRequest
{
    /// <summary>What the token is for, such as the machine or script that holds it.</summary>
    [Required, StringLength(100, MinimumLength = 1)]
    public required string Name { get; init; }

    /// <summary>Days until the token expires: 1 to 366, 90 unless given.</summary>
    [Range(1, 366)]
    public int? ExpiresInDays { get; init; }
}
