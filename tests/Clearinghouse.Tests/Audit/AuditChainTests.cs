using Clearinghouse.Audit;
using Clearinghouse.Contracts.Participants;
using Clearinghouse.Participants;
using Clearinghouse.Standards.Tlp;
using Clearinghouse.Storage;
using Microsoft.EntityFrameworkCore;

namespace Clearinghouse.Tests.Audit;

public sealed class AuditChainTests
{
    [Theory, BothProviders]
    public async Task Entries_form_a_gapless_chain_that_verifies(DatabaseProvider provider)
    {
        await using var db = await SeededAsync(provider, organizations: 5);

        var result = await AuditChain.VerifyAsync(db, CancellationToken.None);
        var entries = await db.AuditEntries.AsNoTracking().OrderBy(e => e.Sequence).ToListAsync();

        Assert.True(result.Intact, result.Problem);
        Assert.Equal(entries.Count, result.EntriesChecked);
        Assert.Equal(Enumerable.Range(1, entries.Count).Select(i => (long)i), entries.Select(e => e.Sequence));
        Assert.Equal(AuditChain.GenesisHash, entries[0].PreviousHash);
        Assert.All(entries.Skip(1).Zip(entries), pair => Assert.Equal(pair.Second.Hash, pair.First.PreviousHash));
        Assert.Equal((entries[^1].Sequence, entries[^1].Hash), (result.HeadSequence!.Value, result.HeadHash));
    }

    [Theory, BothProviders]
    public async Task Altering_one_entry_directly_in_the_database_is_detected_at_that_entry(DatabaseProvider provider)
    {
        await using var db = await SeededAsync(provider, organizations: 3);
        await DropAppendOnlyGuardAsync(db);

        await db.Database.ExecuteSqlRawAsync("UPDATE audit_entries SET action = 'organization.updated' WHERE sequence = 4");
        var result = await AuditChain.VerifyAsync(db, CancellationToken.None);

        Assert.False(result.Intact);
        Assert.Equal(4, result.FirstBadSequence);
        Assert.Contains("altered", result.Problem, StringComparison.Ordinal);
    }

    [Theory, BothProviders]
    public async Task Removing_an_entry_is_detected_at_the_gap(DatabaseProvider provider)
    {
        await using var db = await SeededAsync(provider, organizations: 3);
        await DropAppendOnlyGuardAsync(db);

        await db.Database.ExecuteSqlRawAsync("DELETE FROM audit_entries WHERE sequence = 5");
        var result = await AuditChain.VerifyAsync(db, CancellationToken.None);

        Assert.False(result.Intact);
        Assert.Equal(5, result.FirstBadSequence);
        Assert.Contains("entries 5 to 5 are missing", result.Problem, StringComparison.Ordinal);
    }

    [Theory, BothProviders]
    public async Task Swapping_two_entries_is_detected_at_the_first_of_them(DatabaseProvider provider)
    {
        await using var db = await SeededAsync(provider, organizations: 3);
        await DropAppendOnlyGuardAsync(db);

        // Swap the contents of entries 2 and 3 but keep their sequence numbers in place.
        await db.Database.ExecuteSqlRawAsync("UPDATE audit_entries SET sequence = -2 WHERE sequence = 2");
        await db.Database.ExecuteSqlRawAsync("UPDATE audit_entries SET sequence = 2 WHERE sequence = 3");
        await db.Database.ExecuteSqlRawAsync("UPDATE audit_entries SET sequence = 3 WHERE sequence = -2");
        var result = await AuditChain.VerifyAsync(db, CancellationToken.None);

        Assert.False(result.Intact);
        Assert.Equal(2, result.FirstBadSequence);
    }

    [Theory, BothProviders]
    public async Task Rehashing_an_altered_entry_is_caught_by_the_next_entrys_link(DatabaseProvider provider)
    {
        await using var db = await SeededAsync(provider, organizations: 3);
        await DropAppendOnlyGuardAsync(db);
        var entry = await db.AuditEntries.AsNoTracking().SingleAsync(e => e.Sequence == 4);
        var forged = new AuditEntry
        {
            Sequence = entry.Sequence, OccurredAt = entry.OccurredAt, ActorMemberId = entry.ActorMemberId, ActorOrganizationId = entry.ActorOrganizationId,
            Action = "member.removed", SubjectType = entry.SubjectType, SubjectId = entry.SubjectId, SubjectOrganizationId = entry.SubjectOrganizationId,
            BeforeDigest = entry.BeforeDigest, AfterDigest = entry.AfterDigest, PreviousHash = entry.PreviousHash, Scheme = entry.Scheme,
        };
        var hash = AuditChain.ComputeHash(forged);

        await db.Database.ExecuteSqlRawAsync("UPDATE audit_entries SET action = {0}, hash = {1} WHERE sequence = 4", forged.Action, hash);
        var result = await AuditChain.VerifyAsync(db, CancellationToken.None);

        Assert.False(result.Intact);
        Assert.Equal(5, result.FirstBadSequence);
        Assert.Contains("link", result.Problem, StringComparison.Ordinal);
    }

    [Theory, BothProviders]
    public async Task The_database_refuses_updates_and_deletes_of_audit_entries(DatabaseProvider provider)
    {
        await using var db = await SeededAsync(provider, organizations: 1);

        await Assert.ThrowsAnyAsync<System.Data.Common.DbException>(() => db.Database.ExecuteSqlRawAsync("UPDATE audit_entries SET action = 'x' WHERE sequence = 1"));
        await Assert.ThrowsAnyAsync<System.Data.Common.DbException>(() => db.Database.ExecuteSqlRawAsync("DELETE FROM audit_entries WHERE sequence = 1"));
        Assert.True((await AuditChain.VerifyAsync(db, CancellationToken.None)).Intact);
    }

    [Theory, BothProviders]
    public async Task A_state_change_without_an_audit_entry_is_refused_and_nothing_is_written(DatabaseProvider provider)
    {
        var clock = new ManualClock();
        await using var db = await TestDatabases.CreateMigratedAsync(provider, clock);
        db.Organizations.Add(new Organization { Id = OrganizationId.New(clock), Name = "Unaudited", Kind = OrganizationKind.Maintainer, Tlp = TlpLabel.Amber, EnrolledAt = clock.Now() });

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => db.SaveChangesAsync());

        Assert.Contains("audit entry", error.Message, StringComparison.Ordinal);
        await using var fresh = ClearinghouseDb.Open(new DatabaseTarget(provider, db.Database.GetConnectionString()!), clock);
        Assert.Equal(0, await fresh.Organizations.CountAsync());
    }

    [Theory, BothProviders]
    public async Task Concurrent_writers_on_separate_connections_extend_one_chain_without_gaps(DatabaseProvider provider)
    {
        var clock = new ManualClock();
        var target = TestDatabases.Create(provider);
        await using (var setup = ClearinghouseDb.Open(target, clock))
        {
            await SchemaMigrations.ApplyAsync(setup, CancellationToken.None);
        }

        const int Writers = 8;
        const int EachWrites = 10;
        await Task.WhenAll(Enumerable.Range(0, Writers).Select(w => Task.Run(async () =>
        {
            for (var i = 0; i < EachWrites; i++)
            {
                await using var db = ClearinghouseDb.Open(target, clock);
                EnrolOrganization.Create(db, null, $"Writer {w} org {i}", OrganizationKind.Maintainer, null, null, TlpLabel.Amber, null,
                    new NewMember { DisplayName = "a", Email = $"w{w}-{i}@example.org" });
                await db.SaveChangesAsync();
            }
        })));

        await using var check = ClearinghouseDb.Open(target, clock);
        var result = await AuditChain.VerifyAsync(check, CancellationToken.None);
        Assert.True(result.Intact, result.Problem);
        Assert.Equal(Writers * EachWrites * 3, result.EntriesChecked);
    }

    [Fact]
    public void The_hash_of_an_entry_is_stable_across_versions_of_the_code()
    {
        // A fixed entry and its scheme-1 hash: if this changes, every stored chain stops verifying.
        var entry = new AuditEntry
        {
            Sequence = 7,
            OccurredAt = new DateTimeOffset(2026, 6, 2, 12, 0, 0, TimeSpan.Zero).AddTicks(1230),
            ActorMemberId = new MemberId(Guid.Parse("0190a0b0-0000-7000-8000-000000000001")),
            ActorOrganizationId = null,
            Action = "organization.enrolled",
            SubjectType = "organization",
            SubjectId = "0190a0b0-0000-7000-8000-000000000002",
            SubjectOrganizationId = new OrganizationId(Guid.Parse("0190a0b0-0000-7000-8000-000000000002")),
            BeforeDigest = null,
            AfterDigest = new string('a', 64),
            PreviousHash = AuditChain.GenesisHash,
            Scheme = 1,
        };

        Assert.Equal(ExpectedSchemeOneHash(), AuditChain.ComputeHash(entry));
    }

    private static string ExpectedSchemeOneHash()
    {
        // Built independently of AuditChain from the documented layout: tag, then length-prefixed UTF-8 parts, null = 0xFFFFFFFF.
        using var buffer = new MemoryStream();
        buffer.Write("clearinghouse-audit-v1"u8);
        string?[] parts =
        [
            "7", "1780401600000123", "0190a0b0-0000-7000-8000-000000000001", null, "organization.enrolled", "organization",
            "0190a0b0-0000-7000-8000-000000000002", "0190a0b0-0000-7000-8000-000000000002", null, new string('a', 64), new string('0', 64),
        ];
        foreach (var part in parts)
        {
            var bytes = part is null ? null : System.Text.Encoding.UTF8.GetBytes(part);
            var length = bytes is null ? uint.MaxValue : (uint)bytes.Length;
            buffer.Write([(byte)(length >> 24), (byte)(length >> 16), (byte)(length >> 8), (byte)length]);
            if (bytes is not null)
            {
                buffer.Write(bytes);
            }
        }

        return Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(buffer.ToArray()));
    }

    private static async Task<ClearinghouseDb> SeededAsync(DatabaseProvider provider, int organizations)
    {
        var clock = new ManualClock();
        var db = await TestDatabases.CreateMigratedAsync(provider, clock);
        for (var i = 0; i < organizations; i++)
        {
            EnrolOrganization.Create(db, null, $"Org {i}", OrganizationKind.Maintainer, null, null, TlpLabel.Amber, null,
                new NewMember { DisplayName = "a", Email = $"admin{i}@example.org" });
            await db.SaveChangesAsync();
            clock.Advance(TimeSpan.FromSeconds(1));
        }

        return db;
    }

    private static Task<int> DropAppendOnlyGuardAsync(ClearinghouseDb db) => db.Provider == DatabaseProvider.Postgres
        ? db.Database.ExecuteSqlRawAsync("DROP TRIGGER audit_entries_no_change ON audit_entries")
        : db.Database.ExecuteSqlRawAsync("DROP TRIGGER audit_entries_no_update; DROP TRIGGER audit_entries_no_delete;");
}
