using Clearinghouse.Contracts.FrontierModels;
using Clearinghouse.Participants;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Clearinghouse.FrontierModels;

/// <summary>A consulted office's position on a determination (National Cyber Director, APST, CISA, Department of War ...).</summary>
public sealed class Consultation
{
    public Guid Id { get; init; }

    public Guid DeterminationId { get; init; }

    public required string Office { get; init; }

    public DateTimeOffset DueAt { get; init; }

    public ConsultationPosition Position { get; set; }

    public string? Reasons { get; set; }

    public string? Comments { get; set; }

    public MemberId RequestedBy { get; init; }

    public MemberId? RecordedBy { get; set; }

    public DateTimeOffset? RecordedAt { get; set; }

    public ConsultationView ToView(DateTimeOffset now) =>
        new(Id, Office, DueAt, Position, Reasons, Comments, RecordedBy?.Value, RecordedAt, Position == ConsultationPosition.Pending && now > DueAt);
}

internal sealed class ConsultationMapping : IEntityTypeConfiguration<Consultation>
{
    public void Configure(EntityTypeBuilder<Consultation> entity)
    {
        entity.ToTable("consultations");
        entity.HasKey(c => c.Id);
        entity.HasIndex(c => c.DeterminationId);
    }
}
