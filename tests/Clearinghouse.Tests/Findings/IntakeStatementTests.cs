using System.Data.Common;
using Clearinghouse.Access;
using Clearinghouse.Contracts.Findings;
using Clearinghouse.Contracts.Participants;
using Clearinghouse.Findings;
using Clearinghouse.Participants;
using Clearinghouse.Storage;
using Clearinghouse.Tests.Server;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace Clearinghouse.Tests.Findings;

/// <summary>
/// Intake writes in bulk: the database statements of one submission grow with the number of distinct fingerprints
/// read and rows written divided by a chunk size, not with one statement per row (issue 5, scope item 9).
/// </summary>
public sealed class IntakeStatementTests(SharedHosts hosts) : IClassFixture<SharedHosts>
{
    [Theory, BothProviders]
    public async Task A_submission_of_a_thousand_findings_costs_a_handful_of_statements_and_three_thousand_cost_little_more(DatabaseProvider provider)
    {
        var host = await hosts.For(provider);
        var lab = await host.EnrolAsync("Bulk Lab", OrganizationKind.ScannerOperator);
        var caller = new Principal(MemberId.From(lab.Admin.Id), OrganizationId.From(lab.Organization.Id), OrganizationKind.ScannerOperator, MemberRole.Admin, TokenId.From(lab.AdminToken.Token.Id));
        var run = host.Clock.NewId().ToString("N");

        var (thousand, thousandResult) = await SubmitAsync(host, caller, Findings($"{run}-a", 1000));
        var (threeThousand, threeThousandResult) = await SubmitAsync(host, caller, Findings($"{run}-b", 3000));

        // Every tenth finding repeats the location of the one before under another rule: it joins that case.
        Assert.Equal((900, 100), (thousandResult.NewCases, thousandResult.JoinedCases));
        Assert.Equal((2700, 300), (threeThousandResult.NewCases, threeThousandResult.JoinedCases));
        // Measured: 20 statements for 1,000 findings on both providers; 27 (PostgreSQL) and 32 (SQLite) for 3,000.
        Assert.InRange(thousand, 1, 25);
        Assert.InRange(threeThousand, thousand, thousand + 15);

        await using var db = host.OpenDatabase();
        Assert.Equal(4000, await db.Set<Finding>().CountAsync(f => f.OrganizationId == caller.OrganizationId && f.ExternalId!.StartsWith(run)));
        // Every new case's 16 bands are stored, except in a band that already holds one case more than near-duplicate
        // proposals consider: the templated texts here fill some.
        var bands = await db.Set<CaseBand>().Where(b => db.Set<Finding>().Any(f => f.CaseId == b.CaseId && f.ExternalId!.StartsWith(run)))
            .GroupBy(b => b.Band).Select(g => g.Count()).ToListAsync();
        Assert.InRange(bands.Max(), 1, 51);
        Assert.InRange(bands.Sum(), 3600, 3600 * 16);
    }

    private static async Task<(int Statements, SubmissionResult Result)> SubmitAsync(ClearinghouseHost host, Principal caller, List<FindingSubmission> submissions)
    {
        var errors = new Dictionary<string, string[]>();
        var findings = submissions.Select((s, i) => FindingRules.Normalize(s, $"findings[{i}]", new FindingsOptions(), errors)!).ToList();
        Assert.Empty(errors);
        var counter = new CommandCounter();
        var options = ClearinghouseDb.Configure(new DbContextOptionsBuilder<ClearinghouseDb>().AddInterceptors(counter), host.Database);
        await using var db = new ClearinghouseDb(options, host.Database, host.Clock);
        var vault = host.Services.GetRequiredService<EvidenceVault>();
        var result = await Intake.SubmitAsync(db, caller, new Intake.Request("native", Convert.ToHexString(Guid.CreateVersion7(host.Clock.GetUtcNow()).ToByteArray()), null, findings), vault, host.Services.GetRequiredService<IKnownVulnerabilities>(), CancellationToken.None);
        return (counter.Count + db.BulkStatements, result);
    }

    private static List<FindingSubmission> Findings(string run, int count) => [.. Enumerable.Range(0, count).Select(i => new FindingSubmission
    {
        ExternalId = $"{run}-{i}",
        Title = $"Unchecked length in parser step {i}",
        Description = $"Reading record {i} trusts a length field taken from the input, variant {i * 7919 % 1000}.",
        Target = new FindingTarget { Repository = $"https://github.com/example/bulk-{run}", Commit = "0123456789abcdef0123456789abcdef01234567" },
        Weakness = "CWE-787",
        Location = new FindingLocation { File = $"src/parse{(i % 10 == 9 ? i - 1 : i)}.c", Line = 10 + (i % 10 == 9 ? i - 1 : i), Function = "parse_record" },
        RuleId = i % 10 == 9 ? "cpp/other-rule" : "cpp/overflow",
        FoundBy = new FindingOrigin { Tool = "bulk-scanner" },
        Evidence = i % 100 == 0 ? [new EvidenceFile { Name = "poc.bin", ContentBase64 = Convert.ToBase64String(BitConverter.GetBytes(i)) }] : null,
    })];

    private sealed class CommandCounter : DbCommandInterceptor
    {
        public int Count { get; private set; }

        public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            Count++;
            return base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
        }

        public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
        {
            Count++;
            return base.NonQueryExecutingAsync(command, eventData, result, cancellationToken);
        }

        public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default)
        {
            Count++;
            return base.ScalarExecutingAsync(command, eventData, result, cancellationToken);
        }
    }
}
