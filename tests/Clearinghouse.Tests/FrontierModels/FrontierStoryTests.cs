using Clearinghouse.Contracts.FrontierModels;
using Clearinghouse.Storage;
using Clearinghouse.Tests.Server;
using Microsoft.EntityFrameworkCore;

namespace Clearinghouse.Tests.FrontierModels;

/// <summary>Issue 8's "done means" story (see <see cref="FrontierWalk"/>), with every state change checked in the audit trail.</summary>
public sealed class FrontierStoryTests(SharedHosts hosts) : IClassFixture<SharedHosts>
{
    [Theory, BothProviders]
    public async Task A_lab_asks_the_policy_recommends_covered_three_offices_are_consulted_the_lab_sees_only_the_assessment_and_nothing_blocks_its_release(DatabaseProvider provider)
    {
        var host = await hosts.For(provider);
        using var staff = host.Client(host.StaffToken);
        long seen;
        await using (var db = host.OpenDatabase())
        {
            seen = await db.AuditEntries.MaxAsync(e => (long?)e.Sequence) ?? 0;
        }

        var walk = new FrontierWalk(host, staff, async (endpoint, actions) =>
        {
            await using var db = host.OpenDatabase();
            var written = await db.AuditEntries.Where(e => e.Sequence > seen).Select(e => new { e.Sequence, e.Action }).ToListAsync();
            Assert.True(written.Count > 0, $"{endpoint} changed state but wrote no audit entry");
            Assert.All(actions, a => Assert.Contains(a, written.Select(w => w.Action)));
            seen = written.Max(w => w.Sequence);
        });

        await walk.RunAsync();

        Assert.True(walk.Recommendation!.Covered);
        Assert.Equal(ThresholdOutcome.Reached, walk.Recommendation.Outcome);
        var rate = Assert.Single(walk.Recommendation.Findings, f => f.IndicatorId == "expert-two-categories");
        Assert.Contains("lower bound above it in 2", rate.Reasoning, StringComparison.Ordinal);

        // The two runs differ in safeguards: evaluated apart, never pooled, and the higher finding decides.
        Assert.Contains("Highest of 2 groups", rate.Reasoning, StringComparison.Ordinal);
        Assert.Contains("safeguards off", rate.Reasoning, StringComparison.Ordinal);
        Assert.Contains("exploit-development 12/12 over 4 families", rate.Reasoning, StringComparison.Ordinal);
        Assert.Contains("exploit-development 8/12 over 4 families", rate.Reasoning, StringComparison.Ordinal);
        Assert.Contains("is a covered frontier model", walk.Assessment!.Summary, StringComparison.Ordinal);
        Assert.DoesNotContain("exploit", walk.Assessment.Summary, StringComparison.OrdinalIgnoreCase);
        Assert.NotNull(walk.Assessment.ReleasedAt);
    }
}
