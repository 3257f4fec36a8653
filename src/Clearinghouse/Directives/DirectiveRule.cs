using System.Globalization;
using Clearinghouse.Contracts;
using Clearinghouse.Contracts.Directives;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Clearinghouse.Directives;

/// <summary>One machine-checkable rule of a directive version: which exposures it covers, and within how many days.</summary>
public sealed class DirectiveRule
{
    public Guid Id { get; init; }

    public Guid DirectiveVersionId { get; init; }

    public int Ordinal { get; init; }

    public DirectiveRuleKind Kind { get; init; }

    public DirectiveSeverity? MinimumSeverity { get; init; }

    public DirectiveDecision? MinimumDecision { get; init; }

    public int WithinDays { get; init; }

    public bool PubliclyExposedOnly { get; init; }

    /// <summary>The rule in words, as a directive would state it.</summary>
    public string Describe()
    {
        var which = Kind switch
        {
            DirectiveRuleKind.Kev => "KEV entries",
            DirectiveRuleKind.Severity => $"CVSS {ContractJson.EnumName(MinimumSeverity!.Value)} or higher",
            _ => $"SSVC {ContractJson.EnumName(MinimumDecision!.Value)} or more urgent",
        };
        var from = Kind == DirectiveRuleKind.Kev ? "of KEV listing (dateAdded)" : "of first being found";
        return string.Create(CultureInfo.InvariantCulture, $"{which}{(PubliclyExposedOnly ? " on publicly exposed assets" : "")}: remediate within {WithinDays} days {from}");
    }

    public DirectiveRuleView ToView() => new(Kind, MinimumSeverity, MinimumDecision, WithinDays, PubliclyExposedOnly, Describe());
}

internal sealed class DirectiveRuleMapping : IEntityTypeConfiguration<DirectiveRule>
{
    public void Configure(EntityTypeBuilder<DirectiveRule> entity)
    {
        entity.ToTable("directive_rules").HasKey(r => r.Id);
        entity.HasIndex(r => r.DirectiveVersionId);
        entity.HasOne<DirectiveVersion>().WithMany().HasForeignKey(r => r.DirectiveVersionId);
    }
}
