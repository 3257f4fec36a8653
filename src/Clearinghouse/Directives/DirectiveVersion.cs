using Clearinghouse.Contracts.Participants;
using Clearinghouse.Participants;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Clearinghouse.Directives;

/// <summary>What a directive said from one version on: its title, whom it binds, from when, and (as rows) its rules.</summary>
public sealed class DirectiveVersion
{
    public Guid Id { get; init; }

    public DirectiveId DirectiveId { get; init; }

    public int Version { get; init; }

    public required string Title { get; init; }

    public string? Summary { get; init; }

    /// <summary>The targeted organization kinds, space-separated enum names.</summary>
    public required string TargetKinds { get; init; }

    /// <summary>The targeted sectors, space-separated enum names.</summary>
    public required string TargetSectors { get; init; }

    public DateOnly EffectiveOn { get; init; }

    public string? Note { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    public MemberId CreatedBy { get; init; }

    public IReadOnlyList<OrganizationKind> Kinds => [.. TargetKinds.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(Enum.Parse<OrganizationKind>)];

    public IReadOnlyList<Sector> Sectors => [.. TargetSectors.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(Enum.Parse<Sector>)];
}

internal sealed class DirectiveVersionMapping : IEntityTypeConfiguration<DirectiveVersion>
{
    public void Configure(EntityTypeBuilder<DirectiveVersion> entity)
    {
        entity.ToTable("directive_versions").HasKey(v => v.Id);
        entity.HasIndex(v => new { v.DirectiveId, v.Version }).IsUnique();
        entity.HasOne<Directive>().WithMany().HasForeignKey(v => v.DirectiveId);
        entity.Ignore(v => v.Kinds);
        entity.Ignore(v => v.Sectors);
    }
}
