using Clearinghouse.Contracts.Participants;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Clearinghouse.Participants;

/// <summary>
/// A bearer token scoped to one member. Only the SHA-256 of the secret is stored: the secret has 256 random bits,
/// so a fast hash is as good as a slow one and keeps the per-request look-up cheap.
/// </summary>
public sealed class ApiToken
{
    public TokenId Id { get; init; }

    public MemberId MemberId { get; init; }

    public required string Name { get; init; }

    /// <summary>Hex SHA-256 of the secret.</summary>
    public required string SecretHash { get; init; }

    /// <summary>The secret's first characters, so a person can tell their tokens apart without the secret.</summary>
    public required string Prefix { get; init; }

    public DateTimeOffset IssuedAt { get; init; }

    public DateTimeOffset ExpiresAt { get; init; }

    public DateTimeOffset? RevokedAt { get; set; }

    public MemberId? IssuedBy { get; init; }

    public TokenView ToView() => new(Id.Value, MemberId.Value, Name, Prefix, IssuedAt, ExpiresAt, RevokedAt);
}

internal sealed class ApiTokenMapping : IEntityTypeConfiguration<ApiToken>
{
    public void Configure(EntityTypeBuilder<ApiToken> entity)
    {
        entity.HasKey(t => t.Id);
        entity.HasOne<Member>().WithMany().HasForeignKey(t => t.MemberId).OnDelete(DeleteBehavior.Restrict);
        entity.HasIndex(t => t.SecretHash).IsUnique();
        entity.HasIndex(t => t.MemberId);
    }
}
