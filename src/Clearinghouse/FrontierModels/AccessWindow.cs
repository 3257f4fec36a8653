using Clearinghouse.Contracts.FrontierModels;
using Clearinghouse.Participants;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Clearinghouse.FrontierModels;

/// <summary>
/// Pre-release access to a model (Sec. 3(b)(ii)): the government's window, at most <see cref="MaximumLength"/> and ending no
/// later than the planned release to other trusted partners, or a trusted partner's window, which follows it.
/// </summary>
public sealed class AccessWindow
{
    public static readonly TimeSpan MaximumLength = TimeSpan.FromDays(30);

    public Guid Id { get; init; }

    public Guid ModelId { get; init; }

    public Guid? PartnerId { get; init; }

    public OrganizationId? PartnerOrganizationId { get; init; }

    public DateTimeOffset StartsAt { get; set; }

    public DateTimeOffset EndsAt { get; set; }

    public DateTimeOffset? PlannedPartnerRelease { get; init; }

    public DateTimeOffset? EndedEarlyAt { get; set; }

    public string? EndReason { get; set; }

    public MemberId OpenedBy { get; init; }

    public DateTimeOffset OpenedAt { get; init; }

    public bool IsGovernment => PartnerId is null;

    /// <summary>The actual end: the planned end, or the developer's early end.</summary>
    public DateTimeOffset EffectiveEnd => EndedEarlyAt is { } early && early < EndsAt ? early : EndsAt;

    public bool IsOpenAt(DateTimeOffset instant) => instant >= StartsAt && instant < EffectiveEnd;

    public AccessWindowView ToView() => new(Id, ModelId, PartnerOrganizationId?.Value.ToString() ?? TrustedPartner.GovernmentSide, StartsAt, EffectiveEnd, PlannedPartnerRelease, EndedEarlyAt);
}

internal sealed class AccessWindowMapping : IEntityTypeConfiguration<AccessWindow>
{
    public void Configure(EntityTypeBuilder<AccessWindow> entity)
    {
        entity.ToTable("access_windows");
        entity.HasKey(w => w.Id);
        entity.HasIndex(w => w.ModelId);
        entity.Ignore(w => w.IsGovernment);
        entity.Ignore(w => w.EffectiveEnd);
    }
}
