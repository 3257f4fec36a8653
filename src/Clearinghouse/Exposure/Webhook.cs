using Clearinghouse.Contracts.Exposure;
using Clearinghouse.Participants;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Clearinghouse.Exposure;

/// <summary>An organization's endpoint for exposure events, with the secret its deliveries are signed with.</summary>
public sealed class Webhook
{
    public Guid Id { get; init; }

    public OrganizationId OrganizationId { get; init; }

    public required string Url { get; init; }

    public required string Secret { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    public WebhookView ToView() => new(Id, Url, CreatedAt);
}

internal sealed class WebhookMapping : IEntityTypeConfiguration<Webhook>
{
    public void Configure(EntityTypeBuilder<Webhook> entity) => entity.ToTable("webhooks").HasKey(w => w.Id);
}
