using Clearinghouse.Contracts.FrontierModels;
using Clearinghouse.Participants;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Clearinghouse.FrontierModels;

/// <summary>One access to a model during pre-release access, with the insider-risk alerts it raised.</summary>
public sealed class AccessEvent
{
    public const string OutsideWindow = "outside-window";
    public const string TermsNotAccepted = "terms-not-accepted";
    public const string UnusualVolume = "unusual-volume";
    public const string UnknownCredential = "unknown-credential";

    public Guid Id { get; init; }

    public Guid WindowId { get; init; }

    public MemberId? MemberId { get; init; }

    public DateTimeOffset At { get; init; }

    public required string RemoteAddress { get; init; }

    public required string What { get; init; }

    /// <summary>';'-separated alert kinds; empty when the access was in order.</summary>
    public string Alerts { get; init; } = "";

    public AccessLogEntryView ToView() => new(Id, MemberId?.Value, At, RemoteAddress, What, Alerts.Split(';', StringSplitOptions.RemoveEmptyEntries));
}

internal sealed class AccessEventMapping : IEntityTypeConfiguration<AccessEvent>
{
    public void Configure(EntityTypeBuilder<AccessEvent> entity)
    {
        entity.ToTable("access_events");
        entity.HasKey(e => e.Id);
        entity.HasIndex(e => e.WindowId);
    }
}
