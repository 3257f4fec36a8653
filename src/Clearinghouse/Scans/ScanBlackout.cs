using Clearinghouse.Contracts.Scans;
using Clearinghouse.Participants;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Clearinghouse.Scans;

/// <summary>A period with no active scanning of an owner's assets, as the owner declared it (local times in its time zone).</summary>
public sealed class ScanBlackout
{
    public BlackoutId Id { get; init; }

    public OrganizationId OrganizationId { get; init; }

    public AssetId? AssetId { get; init; }

    public required string TimeZone { get; init; }

    public BlackoutRecurrence Recurrence { get; init; }

    /// <summary>Weekly: the weekdays, comma-separated.</summary>
    public required string Days { get; init; }

    public required string Start { get; init; }

    public required string End { get; init; }

    public required string Reason { get; init; }

    public DateTimeOffset DeclaredAt { get; init; }

    public MemberId DeclaredBy { get; init; }

    public DateTimeOffset? LiftedAt { get; set; }

    public BlackoutSchedule Schedule() =>
        BlackoutSchedule.TryCreate(TimeZone, Recurrence, Days.Length == 0 ? [] : Days.Split(','), Start, End, out var schedule, out var error)
            ? schedule
            : throw new InvalidOperationException($"Stored blackout {Id} no longer reads: {error}");

    public BlackoutView ToView() => new(
        Id.Value, OrganizationId.Value, AssetId?.Value, TimeZone, Recurrence, Days.Length == 0 ? [] : Days.Split(','), Start, End, Reason, DeclaredAt, LiftedAt);
}

internal sealed class ScanBlackoutMapping : IEntityTypeConfiguration<ScanBlackout>
{
    public void Configure(EntityTypeBuilder<ScanBlackout> entity)
    {
        entity.ToTable("scan_blackouts");
        entity.HasKey(b => b.Id);
        entity.HasIndex(b => b.OrganizationId);
    }
}
