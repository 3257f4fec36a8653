using System.Data.Common;
using Clearinghouse.Access;
using Clearinghouse.Contracts.Findings;
using Clearinghouse.Audit;
using Clearinghouse.Contracts.Participants;
using Clearinghouse.Findings;
using Clearinghouse.Participants;
using Clearinghouse.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Clearinghouse.Tests.Storage;

public sealed class SchemaMigrationsTests
{
    [Theory, BothProviders]
    public async Task A_new_database_is_migrated_to_the_latest_version_and_a_second_run_applies_nothing(DatabaseProvider provider)
    {
        await using var db = ClearinghouseDb.Open(TestDatabases.Create(provider), new ManualClock());

        var first = await SchemaMigrations.ApplyAsync(db, CancellationToken.None);
        var second = await SchemaMigrations.ApplyAsync(db, CancellationToken.None);

        Assert.Equal(SchemaMigrations.For(provider).Select(m => m.Version), first.Applied);
        Assert.Empty(second.Applied);
        Assert.Equal(SchemaMigrations.LatestVersion(provider), await SchemaMigrations.CurrentVersionAsync(db, CancellationToken.None));
    }

    [Fact]
    public void Both_providers_have_the_same_migration_versions()
    {
        Assert.Equal(
            SchemaMigrations.For(DatabaseProvider.Sqlite).Select(m => (m.Version, m.Name)),
            SchemaMigrations.For(DatabaseProvider.Postgres).Select(m => (m.Version, m.Name)));
    }

    [Theory, BothProviders]
    public async Task Every_table_and_column_of_the_model_exists_in_the_migrated_schema_and_nothing_else(DatabaseProvider provider)
    {
        await using var db = await TestDatabases.CreateMigratedAsync(provider, new ManualClock());
        var expected = db.Model.GetEntityTypes()
            .SelectMany(e => e.GetProperties().Select(p => $"{e.GetTableName()}.{p.GetColumnName()}"))
            .Order(StringComparer.Ordinal)
            .ToList();

        var actual = (await ColumnsAsync(db)).Where(c => !c.StartsWith("schema_migrations.", StringComparison.Ordinal)).Order(StringComparer.Ordinal).ToList();

        Assert.Equal(expected, actual);
    }

    [Theory, BothProviders]
    public async Task A_migration_changed_after_it_was_applied_stops_the_run(DatabaseProvider provider)
    {
        await using var db = await TestDatabases.CreateMigratedAsync(provider, new ManualClock());
        await db.Database.ExecuteSqlRawAsync("UPDATE schema_migrations SET checksum = 'edited' WHERE version = 1");

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => SchemaMigrations.ApplyAsync(db, CancellationToken.None));

        Assert.Contains("was changed after it was applied", error.Message, StringComparison.Ordinal);
    }

    [Theory, BothProviders]
    public async Task A_database_at_an_earlier_version_is_brought_up_to_date_and_keeps_its_rows(DatabaseProvider provider)
    {
        var target = TestDatabases.Create(provider);
        await using (var old = ClearinghouseDb.Open(target, new ManualClock()))
        {
            await MigrateToAsync(old, 1);
            await old.Database.ExecuteSqlRawAsync(provider == DatabaseProvider.Postgres
                ? "INSERT INTO organizations (id, name, kind, tlp, enrolled_at) VALUES ('0190a0b0-0000-7000-8000-000000000001', 'Old Org', 'Maintainer', 'Amber', now())"
                : "INSERT INTO organizations (id, name, kind, tlp, enrolled_at) VALUES ('0190A0B0-0000-7000-8000-000000000001', 'Old Org', 'Maintainer', 'Amber', 0)");
        }

        await using var db = ClearinghouseDb.Open(target, new ManualClock());
        var report = await SchemaMigrations.ApplyAsync(db, CancellationToken.None);

        Assert.Equal(SchemaMigrations.For(provider).Skip(1).Select(m => m.Version), report.Applied);
        var organization = await db.Organizations.AsNoTracking().SingleAsync();
        Assert.Equal(("Old Org", Clearinghouse.Contracts.Participants.MissionWellbeingSetting.Derived), (organization.Name, organization.MissionWellbeingSetting));
    }

    [Theory, BothProviders]
    public async Task Migration_18_keeps_every_band_and_fingerprint_and_intake_still_finds_duplicates_through_them(DatabaseProvider provider)
    {
        // A database at version 17 with findings in it, as one written before the lookup tables were clustered.
        var target = TestDatabases.Create(provider);
        var clock = new ManualClock();
        await using (var old = ClearinghouseDb.Open(target, clock))
        {
            await MigrateToAsync(old, 17);

            var first = await IntakeAsync(old, Reports(0, 40));
            Assert.Equal(40, first.NewCases);
        }

        var before = await LookupRowsAsync(target, clock);
        Assert.True(before.Keys.Count >= 40 && before.Bands.Count >= 40 * 16 / 2, $"{before.Keys.Count} keys, {before.Bands.Count} bands");

        await using var db = ClearinghouseDb.Open(target, clock);
        var applied = (await SchemaMigrations.ApplyAsync(db, CancellationToken.None)).Applied;
        Assert.Equal([18], applied.Where(v => v <= 18));

        var after = await LookupRowsAsync(target, clock);
        Assert.Equal(before.Keys.Order(StringComparer.Ordinal), after.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(before.Bands.Order(StringComparer.Ordinal), after.Bands.Order(StringComparer.Ordinal));
        if (provider == DatabaseProvider.Sqlite)
        {
            var clustered = await db.Database.SqlQueryRaw<string>("SELECT name AS \"Value\" FROM sqlite_master WHERE type = 'table' AND sql LIKE '%WITHOUT ROWID%'").ToListAsync();
            Assert.Equal(["case_bands", "finding_keys"], clustered.Order(StringComparer.Ordinal));
            var error = await Assert.ThrowsAsync<Microsoft.Data.Sqlite.SqliteException>(() => db.Database.ExecuteSqlRawAsync("INSERT INTO case_bands (band, case_id) VALUES ('0:orphan', 'NOT-A-CASE')"));
            Assert.Contains("FOREIGN KEY", error.Message, StringComparison.Ordinal);
        }

        // The same reports again from another location join their cases through the carried-over fingerprints.
        var again = await IntakeAsync(db, Reports(0, 40, rule: "cpp/overflow-again"));
        Assert.Equal((0, 40), (again.NewCases, again.JoinedCases));
    }

    [Theory, BothProviders]
    public async Task Migration_19_marks_every_recorded_access_with_its_models_marking_and_developer(DatabaseProvider provider)
    {
        // A database at version 18 with an access to a SECRET model, recorded before access events had a marking.
        var target = TestDatabases.Create(provider);
        var clock = new ManualClock();
        var secret = new Marking(Contracts.FrontierModels.ClassificationLevel.Secret, ["SI"], ["NOFORN"], [], []).Encode();
        Guid modelId;
        Guid developer;
        await using (var old = ClearinghouseDb.Open(target, clock))
        {
            await MigrateToAsync(old, 18);

            var enrolment = (await InitializeInstance.RunAsync(old, "Migration staff", new NewMember { DisplayName = "Admin", Email = "admin@clearinghouse.example" }, CancellationToken.None)).Enrolment!;
            old.ChangeTracker.Clear();
            developer = enrolment.Organization.Id;
            var model = new Clearinghouse.FrontierModels.FrontierModel
            {
                Id = clock.NewId(), OrganizationId = OrganizationId.From(developer), Name = "Old", Version = "1", Modality = "text",
                RegisteredBy = MemberId.From(enrolment.Admin.Id), RegisteredAt = clock.Now(), Marking = secret,
            };
            var window = new Clearinghouse.FrontierModels.AccessWindow
            {
                Id = clock.NewId(), ModelId = model.Id, StartsAt = clock.Now(), EndsAt = clock.Now().AddDays(10), OpenedBy = model.RegisteredBy, OpenedAt = clock.Now(),
            };
            modelId = model.Id;
            old.Add(model);
            old.Record(null, "test.model-registered", "frontier-model", model.Id.ToString(), model.OrganizationId, null, new { model.Id });
            await old.SaveChangesAsync();
            old.Add(window);
            old.Record(null, "test.window-opened", "access-window", window.Id.ToString(), model.OrganizationId, null, new { window.Id });
            await old.SaveChangesAsync();

            // Written as version 18's table had it: no marking, no originator.
            await old.Database.ExecuteSqlRawAsync(
                "INSERT INTO access_events (id, window_id, member_id, at, remote_address, what, alerts) SELECT id, id, NULL, opened_at, '127.0.0.1', 'completions', '' FROM access_windows");
        }

        await using var db = ClearinghouseDb.Open(target, clock);
        Assert.Equal([19], (await SchemaMigrations.ApplyAsync(db, CancellationToken.None)).Applied.Where(v => v == 19));

        var recorded = Assert.Single(await db.Set<Clearinghouse.FrontierModels.AccessEvent>().AsNoTracking().ToListAsync());
        Assert.Equal((secret, developer), (recorded.Marking, recorded.OrganizationId.Value));
        Assert.Equal("SECRET//SI//NOFORN", recorded.ToView().Marking.Banner);
        Assert.Equal(modelId, (await db.Set<Clearinghouse.FrontierModels.AccessWindow>().AsNoTracking().SingleAsync(w => w.Id == recorded.WindowId)).ModelId);
    }

    private static List<FindingSubmission> Reports(int from, int count, string rule = "cpp/overflow") => [.. Enumerable.Range(from, count).Select(i => new FindingSubmission
    {
        ExternalId = $"{rule}-{i}",
        Title = $"Unchecked length in parser step {i}",
        Description = $"Reading record {i} trusts a length field taken from the input.",
        Target = new FindingTarget { Purl = "pkg:generic/parser@1.0.0" },
        Weakness = "CWE-787",
        Location = new FindingLocation { File = $"src/parse{i}.c", Line = 10 + i, Function = $"parse_{i}" },
        RuleId = rule,
        FoundBy = new FindingOrigin { Tool = "codeql" },
    })];

    private static async Task<SubmissionResult> IntakeAsync(ClearinghouseDb db, List<FindingSubmission> reports)
    {
        var options = new FindingsOptions { EvidenceKey = Convert.ToBase64String(new byte[32]) };
        var errors = new Dictionary<string, string[]>();
        var findings = FindingRules.NormalizeAll(reports, "findings", options, errors);
        Assert.Empty(errors);
        var staff = await db.Set<Organization>().AsNoTracking().FirstOrDefaultAsync(o => o.Kind == OrganizationKind.ClearinghouseStaff);
        Principal caller;
        if (staff is null)
        {
            var outcome = await InitializeInstance.RunAsync(db, "Migration staff", new NewMember { DisplayName = "Admin", Email = "admin@clearinghouse.example" }, CancellationToken.None);
            var enrolment = outcome.Enrolment!;
            db.ChangeTracker.Clear();
            caller = new Principal(MemberId.From(enrolment.Admin.Id), OrganizationId.From(enrolment.Organization.Id), OrganizationKind.ClearinghouseStaff, MemberRole.Admin, TokenId.From(enrolment.AdminToken.Token.Id));
        }
        else
        {
            var admin = await db.Set<Member>().AsNoTracking().FirstAsync(m => m.OrganizationId == staff.Id);
            var token = await db.Set<ApiToken>().AsNoTracking().FirstAsync(t => t.MemberId == admin.Id);
            caller = new Principal(admin.Id, staff.Id, OrganizationKind.ClearinghouseStaff, MemberRole.Admin, token.Id);
        }

        var hash = Convert.ToHexString(db.Clock.NewId().ToByteArray());
        return await Intake.SubmitAsync(db, caller, new Intake.Request("native", hash, null, findings), new EvidenceVault(Options.Create(options)), new NoKnownVulnerabilities(), CancellationToken.None);
    }

    private static async Task<(List<string> Keys, List<string> Bands)> LookupRowsAsync(DatabaseTarget target, TimeProvider clock)
    {
        await using var db = ClearinghouseDb.Open(target, clock);
        var keys = await db.Set<FindingKey>().AsNoTracking().Select(k => k.Scheme + " " + k.Hash + " " + k.Kind + " " + k.CaseId + " " + k.FindingId).ToListAsync();
        var bands = await db.Set<CaseBand>().AsNoTracking().Select(b => b.Band + " " + b.CaseId).ToListAsync();
        return (keys, bands);
    }

    /// <summary>Brings a new database to <paramref name="version"/> as the clearinghouse of that version would have: its migrations, recorded.</summary>
    private static async Task MigrateToAsync(ClearinghouseDb db, int version)
    {
        await db.Database.OpenConnectionAsync();
        await db.Database.ExecuteSqlRawAsync("CREATE TABLE schema_migrations (version integer NOT NULL PRIMARY KEY, name text NOT NULL, checksum text NOT NULL, applied_at text NOT NULL)");
        foreach (var migration in SchemaMigrations.For(db.Provider).Where(m => m.Version <= version))
        {
            await db.Database.ExecuteSqlRawAsync(migration.Sql);
            await db.Database.ExecuteSqlAsync($"INSERT INTO schema_migrations VALUES ({migration.Version}, {migration.Name}, {migration.Checksum}, '2026-11-01')");
        }
    }

    private static async Task<List<string>> ColumnsAsync(ClearinghouseDb db)
    {
        var sql = db.Provider == DatabaseProvider.Postgres
            ? "SELECT table_name || '.' || column_name FROM information_schema.columns WHERE table_schema = current_schema()"
            : "SELECT m.name || '.' || p.name FROM sqlite_master m JOIN pragma_table_info(m.name) p WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite_%'";
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync();
        await using DbCommand command = connection.CreateCommand();
        command.CommandText = sql;
        var columns = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            columns.Add(reader.GetString(0));
        }

        return columns;
    }
}
