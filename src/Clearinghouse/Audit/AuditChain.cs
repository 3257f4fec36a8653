using System.Buffers.Binary;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Clearinghouse.Storage;
using Microsoft.EntityFrameworkCore;

namespace Clearinghouse.Audit;

/// <summary>
/// The audit trail's hash chain. Scheme 1: SHA-256 over the domain tag <c>clearinghouse-audit-v1</c> followed by each
/// field as a length-prefixed part (4-byte big-endian byte count, then UTF-8; a null field is the count 0xFFFFFFFF
/// with no bytes), in this order: sequence (decimal), occurred-at (Unix microseconds, decimal), actor member id,
/// actor organization id, action, subject type, subject id, subject organization id (ids as lower-case 8-4-4-4-12),
/// before digest, after digest, previous hash (hex). The first entry's previous hash is 64 zeros.
/// </summary>
public static class AuditChain
{
    public const int CurrentScheme = 1;

    public static readonly string GenesisHash = new('0', 64);

    private static readonly byte[] DomainTag = Encoding.UTF8.GetBytes("clearinghouse-audit-v1");

    // Any constant will do, as long as every process uses the same one.
    private const long PostgresChainLock = 0x4348_4155_4449_5431;

    public static string ComputeHash(AuditEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(DomainTag);
        Append(hash, entry.Sequence.ToString(CultureInfo.InvariantCulture));
        Append(hash, UnixMicroseconds(entry.OccurredAt).ToString(CultureInfo.InvariantCulture));
        Append(hash, entry.ActorMemberId?.Value.ToString("D"));
        Append(hash, entry.ActorOrganizationId?.Value.ToString("D"));
        Append(hash, entry.Action);
        Append(hash, entry.SubjectType);
        Append(hash, entry.SubjectId);
        Append(hash, entry.SubjectOrganizationId?.Value.ToString("D"));
        Append(hash, entry.BeforeDigest);
        Append(hash, entry.AfterDigest);
        Append(hash, entry.PreviousHash);
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    /// <summary>
    /// Gives the pending entries their place at the head of the chain. Must run inside the transaction that saves them:
    /// on PostgreSQL it takes a transaction-scoped advisory lock so that server processes append one at a time; SQLite
    /// transactions already hold the database's write lock from their first statement (BEGIN IMMEDIATE).
    /// </summary>
    internal static async Task SealAsync(ClearinghouseDb db, IReadOnlyList<AuditEntry> pending, CancellationToken ct)
    {
        await LockAsync(db, ct);

        var head = await db.AuditEntries.AsNoTracking()
            .OrderByDescending(e => e.Sequence)
            .Select(e => new { e.Sequence, e.Hash })
            .FirstOrDefaultAsync(ct);
        var sequence = head?.Sequence ?? 0;
        var previous = head?.Hash ?? GenesisHash;
        foreach (var entry in pending)
        {
            entry.Sequence = ++sequence;
            entry.PreviousHash = previous;
            entry.Scheme = CurrentScheme;
            entry.Hash = ComputeHash(entry);
            previous = entry.Hash;
        }
    }

    /// <summary>
    /// Takes the chain's write lock for the rest of the current transaction (PostgreSQL; on SQLite the transaction
    /// already holds the database's write lock). A use case that must read and write without interleaving with any
    /// other audited writer (intake deciding which case a finding joins) takes it before it reads.
    /// </summary>
    internal static async Task LockAsync(ClearinghouseDb db, CancellationToken ct)
    {
        if (db.Provider == DatabaseProvider.Postgres)
        {
            await db.Database.ExecuteSqlRawAsync($"SELECT pg_advisory_xact_lock({PostgresChainLock})", ct);
        }
    }

    /// <summary>
    /// Walks the whole chain in order and names the first entry that was altered (its hash no longer matches its fields),
    /// removed (a gap in the sequence) or reordered or replaced (its link does not match its predecessor's hash).
    /// </summary>
    public static async Task<AuditVerification> VerifyAsync(ClearinghouseDb db, CancellationToken ct, IProgress<long>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(db);
        long expected = 1;
        var previous = GenesisHash;
        long checkedCount = 0;
        await foreach (var entry in db.AuditEntries.AsNoTracking().OrderBy(e => e.Sequence).AsAsyncEnumerable().WithCancellation(ct))
        {
            checkedCount++;
            if (entry.Sequence != expected)
            {
                return entry.Sequence > expected
                    ? AuditVerification.Broken(checkedCount, expected, $"entries {expected} to {entry.Sequence - 1} are missing: removed from the chain")
                    : AuditVerification.Broken(checkedCount, entry.Sequence, $"sequence {entry.Sequence} follows {expected - 1}: entries were reordered or duplicated");
            }

            if (entry.Scheme != CurrentScheme)
            {
                return AuditVerification.Broken(checkedCount, entry.Sequence, $"unknown hashing scheme {entry.Scheme}");
            }

            if (!string.Equals(ComputeHash(entry), entry.Hash, StringComparison.Ordinal))
            {
                return AuditVerification.Broken(checkedCount, entry.Sequence, "its fields do not match its hash: the entry was altered");
            }

            if (!string.Equals(entry.PreviousHash, previous, StringComparison.Ordinal))
            {
                return AuditVerification.Broken(checkedCount, entry.Sequence,
                    "its link does not match the previous entry's hash: the entry or its predecessor was replaced or reordered");
            }

            previous = entry.Hash;
            expected++;
            if (checkedCount % 10_000 == 0)
            {
                progress?.Report(checkedCount);
            }
        }

        progress?.Report(checkedCount);
        return checkedCount == 0
            ? new AuditVerification(true, 0, null, null, null, null)
            : new AuditVerification(true, checkedCount, expected - 1, previous, null, null);
    }

    public static Task<AuditEntry?> FindAsync(ClearinghouseDb db, long sequence, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.AuditEntries.AsNoTracking().FirstOrDefaultAsync(e => e.Sequence == sequence, ct);
    }

    private static long UnixMicroseconds(DateTimeOffset instant) => (instant.UtcTicks - DateTimeOffset.UnixEpoch.UtcTicks) / TimeSpan.TicksPerMicrosecond;

    private static void Append(IncrementalHash hash, string? part)
    {
        Span<byte> length = stackalloc byte[4];
        if (part is null)
        {
            BinaryPrimitives.WriteUInt32BigEndian(length, uint.MaxValue);
            hash.AppendData(length);
            return;
        }

        var bytes = Encoding.UTF8.GetBytes(part);
        BinaryPrimitives.WriteUInt32BigEndian(length, (uint)bytes.Length);
        hash.AppendData(length);
        hash.AppendData(bytes);
    }
}

/// <summary>The result of <see cref="AuditChain.VerifyAsync"/>.</summary>
public sealed record AuditVerification(bool Intact, long EntriesChecked, long? HeadSequence, string? HeadHash, long? FirstBadSequence, string? Problem)
{
    internal static AuditVerification Broken(long checkedCount, long sequence, string problem) =>
        new(false, checkedCount, null, null, sequence, problem);
}
