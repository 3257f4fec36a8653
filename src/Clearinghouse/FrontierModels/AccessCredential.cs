using Clearinghouse.Participants;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Clearinghouse.FrontierModels;

/// <summary>An individual's credential for one window; only its hash is kept, and it expires with the window.</summary>
public sealed class AccessCredential
{
    public Guid Id { get; init; }

    public Guid WindowId { get; init; }

    public MemberId MemberId { get; init; }

    public required string SecretHash { get; init; }

    public DateTimeOffset IssuedAt { get; init; }

    public DateTimeOffset ExpiresAt { get; set; }
}

internal sealed class AccessCredentialMapping : IEntityTypeConfiguration<AccessCredential>
{
    public void Configure(EntityTypeBuilder<AccessCredential> entity)
    {
        entity.ToTable("access_credentials");
        entity.HasKey(c => c.Id);
        entity.HasIndex(c => c.SecretHash).IsUnique();
    }
}
