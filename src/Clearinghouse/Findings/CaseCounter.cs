using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Clearinghouse.Findings;

/// <summary>The last case number given in a year.</summary>
public sealed class CaseCounter
{
    public int Year { get; init; }

    public int Last { get; set; }
}

internal sealed class CaseCounterMapping : IEntityTypeConfiguration<CaseCounter>
{
    public void Configure(EntityTypeBuilder<CaseCounter> entity)
    {
        entity.ToTable("case_counters");
        entity.HasKey(c => c.Year);
        entity.Property(c => c.Year).ValueGeneratedNever();
    }
}
