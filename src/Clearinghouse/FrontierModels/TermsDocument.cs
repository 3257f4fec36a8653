using Clearinghouse.Contracts.FrontierModels;
using Clearinghouse.Participants;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Clearinghouse.FrontierModels;

/// <summary>A version of one of the agreed terms of Sec. 3(b)(ii); versions are only added, and an acceptance binds to one.</summary>
public sealed class TermsDocument
{
    public Guid Id { get; init; }

    public TermsKind Kind { get; init; }

    public TermsAudience Audience { get; init; }

    public int Version { get; init; }

    public required string Sha256 { get; init; }

    public required string Body { get; init; }

    public MemberId PublishedBy { get; init; }

    public DateTimeOffset PublishedAt { get; init; }

    public TermsView ToView() => new(Id, Kind, Audience, Version, Sha256, Body, PublishedAt);
}

internal sealed class TermsDocumentMapping : IEntityTypeConfiguration<TermsDocument>
{
    public void Configure(EntityTypeBuilder<TermsDocument> entity)
    {
        entity.ToTable("terms_documents");
        entity.HasKey(t => t.Id);
        entity.HasIndex(t => new { t.Kind, t.Audience, t.Version }).IsUnique();
    }
}
