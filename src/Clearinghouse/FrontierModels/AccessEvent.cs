using Clearinghouse.Access;
using Clearinghouse.Contracts.FrontierModels;
using Clearinghouse.Participants;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Clearinghouse.FrontierModels;

/// <summary>
/// One access to a model during pre-release access, with the insider-risk alerts it raised. It is marked (docs/adr/013):
/// at least with its model's marking, higher when the reporter marked it so; the model's developer is its originator, so
/// the developer reads it while that marking is releasable, the government while its clearance admits it.
/// </summary>
public sealed class AccessEvent : IMarkedRecord
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

    /// <summary>The model's developer: the originator of the event's marking.</summary>
    public OrganizationId OrganizationId { get; init; }

    public required string Marking { get; init; }

    public MarkedSharing Sharing => new(OrganizationId, Access.Marking.Decode(Marking));

    public AccessLogEntryView ToView() =>
        new(Id, MemberId?.Value, At, RemoteAddress, What, Alerts.Split(';', StringSplitOptions.RemoveEmptyEntries), Access.Marking.Decode(Marking).ToView());
}

internal sealed class AccessEventMapping : IEntityTypeConfiguration<AccessEvent>
{
    public void Configure(EntityTypeBuilder<AccessEvent> entity)
    {
        entity.ToTable("access_events");
        entity.HasKey(e => e.Id);
        entity.HasIndex(e => e.WindowId);
        entity.HasIndex(e => new { e.Marking, e.OrganizationId });
        entity.Ignore(e => e.Sharing);
    }
}
