using Clearinghouse.Standards.Ssvc;

namespace Clearinghouse.Standards.Tests.Ssvc;

public sealed class MissionWellbeingTests
{
    [Fact]
    public void A_small_rural_hospital_has_high_mission_and_well_being_impact()
    {
        var assessment = MissionWellbeing.Assess("healthcare", "small");

        Assert.True(assessment.IsAssessed);
        Assert.Equal(MissionWellbeingImpact.High, assessment.Impact);
        Assert.Equal(MissionPrevalence.Support, assessment.MissionPrevalence);
        Assert.Equal(PublicWellbeingImpact.Irreversible, assessment.PublicWellbeingImpact);
        Assert.False(assessment.IsOverridden);
        Assert.StartsWith("healthcare, small: Mission Prevalence Support", assessment.Reason, StringComparison.Ordinal);
        Assert.EndsWith("-> High", assessment.Reason, StringComparison.Ordinal);
    }

    public static TheoryData<string, string, MissionWellbeingImpact> Defaults() => new()
    {
        { "water", "small", MissionWellbeingImpact.High },
        { "energy", "medium", MissionWellbeingImpact.High },
        { "communications", "small", MissionWellbeingImpact.High },
        { "financial", "small", MissionWellbeingImpact.Medium },
        { "financial", "large", MissionWellbeingImpact.Medium },
        { "financial", "national", MissionWellbeingImpact.High },
        { "information-technology", "medium", MissionWellbeingImpact.Medium },
        { "information-technology", "large", MissionWellbeingImpact.High },
        { "commercial-facilities", "small", MissionWellbeingImpact.Medium },
        { "food-agriculture", "national", MissionWellbeingImpact.High },
        { "Government-Facilities", "LARGE", MissionWellbeingImpact.Medium },
    };

    [Theory, MemberData(nameof(Defaults))]
    public void The_default_follows_the_documented_mapping(string sector, string tier, MissionWellbeingImpact expected)
    {
        Assert.Equal(expected, MissionWellbeing.Assess(sector, tier).Impact);
    }

    [Fact]
    public void Every_sector_and_tier_has_a_default_and_being_small_never_lowers_it()
    {
        Assert.Equal(16, MissionWellbeing.Sectors.Count);
        foreach (var sector in MissionWellbeing.Sectors)
        {
            var impacts = MissionWellbeing.SizeTiers.Select(tier => MissionWellbeing.Assess(sector, tier).Impact!.Value).ToList();
            Assert.Equal(impacts.Order(), impacts);
            Assert.Equal(MissionWellbeingImpact.High, impacts[^1]);
            Assert.DoesNotContain(MissionWellbeingImpact.Low, impacts);
        }
    }

    [Fact]
    public void Every_default_is_a_value_of_the_Coordinator_tables_Mission_and_Well_Being_Impact()
    {
        var point = RealTables.Coordinator.FindDecisionPoint("Mission and Well-Being Impact")!;
        foreach (var impact in Enum.GetValues<MissionWellbeingImpact>())
        {
            Assert.Equal(impact.ToString(), point.FindValue(impact.ToString())!.Name);
        }

        Assert.Equal(point.Values.Count, Enum.GetValues<MissionWellbeingImpact>().Length);
        Assert.Equal(CveSsvcAssessment.MissionWellbeingInput, point.Name);
    }

    [Fact]
    public void An_organization_may_override_the_default_and_the_reason_keeps_the_default()
    {
        var assessment = MissionWellbeing.Assess("financial", "small", MissionWellbeingImpact.Low);

        Assert.Equal(MissionWellbeingImpact.Low, assessment.Impact);
        Assert.True(assessment.IsOverridden);
        Assert.StartsWith("set by the organization to Low; the default would be financial, small:", assessment.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void An_organization_without_a_sector_can_give_its_own_value()
    {
        var assessment = MissionWellbeing.Assess(null, null, MissionWellbeingImpact.Medium);

        Assert.Equal(MissionWellbeingImpact.Medium, assessment.Impact);
        Assert.Equal("set by the organization to Medium", assessment.Reason);
    }

    [Fact]
    public void An_unknown_sector_or_tier_without_an_override_is_an_error_not_an_exception()
    {
        var assessment = MissionWellbeing.Assess("hospitals", "tiny");

        Assert.False(assessment.IsAssessed);
        Assert.Null(assessment.Impact);
        Assert.StartsWith("'hospitals' is not a sector; the sectors are chemical, commercial-facilities,", assessment.Error, StringComparison.Ordinal);
        Assert.Contains("'tiny' is not a size tier; the tiers are small, medium, large, national", assessment.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(MissionPrevalence.Minimal, PublicWellbeingImpact.Minimal, MissionWellbeingImpact.Low)]
    [InlineData(MissionPrevalence.Minimal, PublicWellbeingImpact.Material, MissionWellbeingImpact.Medium)]
    [InlineData(MissionPrevalence.Minimal, PublicWellbeingImpact.Irreversible, MissionWellbeingImpact.High)]
    [InlineData(MissionPrevalence.Support, PublicWellbeingImpact.Minimal, MissionWellbeingImpact.Medium)]
    [InlineData(MissionPrevalence.Support, PublicWellbeingImpact.Material, MissionWellbeingImpact.Medium)]
    [InlineData(MissionPrevalence.Support, PublicWellbeingImpact.Irreversible, MissionWellbeingImpact.High)]
    [InlineData(MissionPrevalence.Essential, PublicWellbeingImpact.Minimal, MissionWellbeingImpact.High)]
    [InlineData(MissionPrevalence.Essential, PublicWellbeingImpact.Material, MissionWellbeingImpact.High)]
    [InlineData(MissionPrevalence.Essential, PublicWellbeingImpact.Irreversible, MissionWellbeingImpact.High)]
    public void Mission_prevalence_and_public_well_being_combine_as_CISA_defines(MissionPrevalence prevalence, PublicWellbeingImpact wellbeing, MissionWellbeingImpact expected)
    {
        Assert.Equal(expected, MissionWellbeing.Combine(prevalence, wellbeing));
    }
}
