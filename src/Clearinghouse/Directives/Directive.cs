using Clearinghouse.Participants;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Clearinghouse.Directives;

/// <summary>
/// A directive in the style of a CISA Binding Operational Directive: issued by clearinghouse staff, amended into new
/// <see cref="DirectiveVersion"/>s (the old ones kept), and withdrawn rather than deleted.
/// </summary>
public sealed class Directive
{
    public DirectiveId Id { get; init; }

    public required string Reference { get; init; }

    public int CurrentVersion { get; set; }

    public DateTimeOffset IssuedAt { get; init; }

    public MemberId IssuedBy { get; init; }

    public DateTimeOffset? WithdrawnAt { get; set; }

    public string? WithdrawalReason { get; set; }
}

internal sealed class DirectiveMapping : IEntityTypeConfiguration<Directive>
{
    public void Configure(EntityTypeBuilder<Directive> entity)
    {
        entity.ToTable("directives").HasKey(d => d.Id);
        entity.HasIndex(d => d.Reference).IsUnique();
    }
}
