using Clearinghouse.Contracts.Findings;
using Clearinghouse.Participants;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Clearinghouse.Findings;

/// <summary>One analyst's verdict on one case.</summary>
public sealed class CaseVerdict
{
    public Guid Id { get; init; }

    public CaseId CaseId { get; init; }

    public MemberId MemberId { get; init; }

    public bool Valid { get; init; }

    public required string Evidence { get; init; }

    public DateTimeOffset GivenAt { get; init; }

    public VerdictView ToView() => new(MemberId.Value, Valid, Evidence, GivenAt);
}

internal sealed class CaseVerdictMapping : IEntityTypeConfiguration<CaseVerdict>
{
    public void Configure(EntityTypeBuilder<CaseVerdict> entity)
    {
        entity.ToTable("case_verdicts");
        entity.HasKey(v => v.Id);
        entity.HasIndex(v => v.CaseId);
        entity.HasOne<VulnerabilityCase>().WithMany().HasForeignKey(v => v.CaseId);
    }
}
