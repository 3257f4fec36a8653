using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Clearinghouse.Exposure;

/// <summary>An imported advisory document as received (OSV, CVE JSON 5, the KEV catalog), keyed by its id; its hash makes re-import idempotent.</summary>
public sealed class FeedDocument
{
    public required string Key { get; init; }

    public required string Kind { get; set; }

    public required string Sha256 { get; set; }

    public required byte[] Content { get; set; }

    public DateTimeOffset ImportedAt { get; set; }
}

internal sealed class FeedDocumentMapping : IEntityTypeConfiguration<FeedDocument>
{
    public void Configure(EntityTypeBuilder<FeedDocument> entity) => entity.ToTable("feed_documents").HasKey(d => d.Key);
}
