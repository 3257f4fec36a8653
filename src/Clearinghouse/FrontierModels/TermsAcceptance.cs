using Clearinghouse.Participants;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Clearinghouse.FrontierModels;

/// <summary>An individual accepted one version of a terms document.</summary>
public sealed class TermsAcceptance
{
    public Guid Id { get; init; }

    public Guid TermsId { get; init; }

    public MemberId MemberId { get; init; }

    public DateTimeOffset AcceptedAt { get; init; }
}

internal sealed class TermsAcceptanceMapping : IEntityTypeConfiguration<TermsAcceptance>
{
    public void Configure(EntityTypeBuilder<TermsAcceptance> entity)
    {
        entity.ToTable("terms_acceptances");
        entity.HasKey(a => a.Id);
        entity.HasIndex(a => new { a.TermsId, a.MemberId }).IsUnique();
    }
}
