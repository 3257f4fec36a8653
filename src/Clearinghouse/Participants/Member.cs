using Clearinghouse.Access;
using Clearinghouse.Contracts.Participants;
using Clearinghouse.Standards.Tlp;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Clearinghouse.Participants;

/// <summary>A person (or a service account) acting for an organization. Removed members are kept for the record, never deleted.</summary>
public sealed class Member
{
    public MemberId Id { get; init; }

    public OrganizationId OrganizationId { get; init; }

    public required string DisplayName { get; set; }

    /// <summary>Lower-cased, so that uniqueness ignores letter case.</summary>
    public required string Email { get; init; }

    public MemberRole Role { get; set; }

    public DateTimeOffset AddedAt { get; init; }

    public DateTimeOffset? RemovedAt { get; set; }

    public bool IsActive => RemovedAt is null;

    /// <summary>Who an organization's people are is its own business and the clearinghouse's: TLP:AMBER+STRICT.</summary>
    public Sharing Sharing => SharingOf(OrganizationId);

    public static Sharing SharingOf(OrganizationId organization) => new(organization, AuthorMemberId: null, TlpLabel.AmberStrict);

    public MemberView ToView() => new(Id.Value, OrganizationId.Value, DisplayName, Email, Role, AddedAt, RemovedAt);
}

internal sealed class MemberMapping : IEntityTypeConfiguration<Member>
{
    public void Configure(EntityTypeBuilder<Member> entity)
    {
        entity.HasKey(m => m.Id);
        entity.HasOne<Organization>().WithMany().HasForeignKey(m => m.OrganizationId).OnDelete(DeleteBehavior.Restrict);
        entity.HasIndex(m => m.Email).IsUnique().HasFilter("removed_at IS NULL");
        entity.Ignore(m => m.IsActive);
        entity.Ignore(m => m.Sharing);
    }
}
