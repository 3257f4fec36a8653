using Clearinghouse.Standards.Matching;
using Clearinghouse.Standards.Purl;
using Clearinghouse.Standards.Ssvc;
using Clearinghouse.Standards.Tests.Ssvc;

namespace Clearinghouse.Standards.Tests.Matching;

public sealed class ExposurePrioritizerTests
{
    private static readonly ExposurePrioritizer Prioritizer = new([RealTables.Coordinator, RealTables.Bod2604]);

    private static ExposureFacts Facts(string purl, bool federal = false, AssetCriticality criticality = AssetCriticality.Critical, bool exposed = false)
    {
        var index = new AdvisoryIndex(Log4Shell.Vulnerabilities());
        var component = PackageUrl.Parse(purl);
        return new ExposureFacts(Assert.Single(index.Match(component)), component.Name, criticality, exposed, MissionWellbeingImpact.High, federal, 1, new DateOnly(2026, 11, 22));
    }

    [Fact]
    public void A_known_exploited_vulnerability_with_a_fix_is_explained_in_plain_words_with_its_due_date()
    {
        Assert.Empty(Prioritizer.Problems);
        var priority = Prioritizer.Prioritize(Facts("pkg:maven/org.apache.logging.log4j/log4j-core@2.14.1"));

        Assert.Equal("Act", priority.Decision);
        Assert.Equal("clearinghouse-ssvc", priority.Policy);
        Assert.Equal(new DateOnly(2021, 12, 17), priority.DueDate);
        Assert.StartsWith("known exploited (CISA KEV since 2021-12-10", priority.Reason, StringComparison.Ordinal);
        Assert.Contains("fix available: upgrade log4j-core to 2.15.0", priority.Reason, StringComparison.Ordinal);
        Assert.EndsWith("due 2021-12-17", priority.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Known_exploitation_outranks_a_higher_reach_and_a_federal_agency_gets_the_BOD_26_04_date()
    {
        var kev = Prioritizer.Prioritize(Facts("pkg:maven/org.apache.logging.log4j/log4j-core@2.14.1", criticality: AssetCriticality.Low));
        var other = Prioritizer.Prioritize(Facts("pkg:npm/left-pad@1.0.0") with { ExposedAssets = 40 });
        Assert.True(kev.Score > other.Score);
        Assert.Contains("no known exploitation", other.Reason, StringComparison.Ordinal);
        Assert.Contains("no fix published yet", other.Reason, StringComparison.Ordinal);

        var federal = Prioritizer.Prioritize(Facts("pkg:maven/org.apache.logging.log4j/log4j-core@2.14.1", federal: true, exposed: true));
        Assert.Equal("cisa-bod-26-04", federal.Policy);
        Assert.Equal(new DateOnly(2021, 12, 13), federal.DueDate);
        Assert.Contains("reachable from the internet", federal.Reason, StringComparison.Ordinal);
    }
}
