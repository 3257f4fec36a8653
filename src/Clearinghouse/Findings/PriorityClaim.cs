using System.Security.Cryptography;
using System.Text;
using Clearinghouse.Contracts.Findings;
using Clearinghouse.Participants;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Clearinghouse.Findings;

/// <summary>A commitment to a finding not yet revealed (issue 5's priority claims): it fixes the reporter's place in time.</summary>
public sealed class PriorityClaim
{
    public Guid Id { get; init; }

    public OrganizationId OrganizationId { get; init; }

    public MemberId MemberId { get; init; }

    public required string Commitment { get; init; }

    public DateTimeOffset ClaimedAt { get; init; }

    public FindingId? RevealedBy { get; set; }

    public DateTimeOffset? RevealedAt { get; set; }

    public PriorityClaimView ToView() => new(Id, Commitment, ClaimedAt, RevealedBy?.Value);

    /// <summary>Whether <paramref name="salt"/> and one of <paramref name="fingerprints"/> open <paramref name="commitment"/>.</summary>
    public static bool Opens(string commitment, string salt, IEnumerable<string> fingerprints) =>
        fingerprints.Any(f => CryptographicOperations.FixedTimeEquals(
            Encoding.ASCII.GetBytes(Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(salt + ":" + f)))),
            Encoding.ASCII.GetBytes(commitment)));
}

internal sealed class PriorityClaimMapping : IEntityTypeConfiguration<PriorityClaim>
{
    public void Configure(EntityTypeBuilder<PriorityClaim> entity)
    {
        entity.ToTable("priority_claims");
        entity.HasKey(c => c.Id);
        entity.HasIndex(c => c.Commitment).IsUnique();

        // Declared so that EF inserts the revealing finding before it updates the claim that points to it.
        entity.HasOne<Finding>().WithMany().HasForeignKey(c => c.RevealedBy);
    }
}
