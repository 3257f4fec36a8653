using Clearinghouse.Access;
using Clearinghouse.Contracts.FrontierModels;

namespace Clearinghouse.Tests.Access;

/// <summary>Banner lines in the CAPCO register style, the highest marking of several, and refusals of malformed markings.</summary>
public sealed class MarkingTests
{
    [Theory]
    [InlineData(ClassificationLevel.Unclassified, "", "", "", "UNCLASSIFIED")]
    [InlineData(ClassificationLevel.ControlledUnclassified, "", "", "PROPIN", "CUI//PROPIN")]
    [InlineData(ClassificationLevel.ControlledUnclassified, "", "NOFORN", "PROPIN", "CUI//PROPIN//NOFORN")]
    [InlineData(ClassificationLevel.Secret, "SI", "NOFORN", "", "SECRET//SI//NOFORN")]
    [InlineData(ClassificationLevel.TopSecret, "TK,SI", "ORCON,NOFORN", "", "TOP SECRET//SI/TK//NOFORN/ORCON")]
    [InlineData(ClassificationLevel.Confidential, "", "rel to gbr, usa", "", "CONFIDENTIAL//REL TO USA, GBR")]
    public void The_banner_follows_the_marking(ClassificationLevel level, string compartments, string controls, string cui, string banner)
    {
        var marking = Parse(level, compartments, controls, cui);

        Assert.Equal(banner, marking.Banner);
        Assert.Equal(banner, Marking.Decode(marking.Encode()).Banner);
    }

    [Fact]
    public void The_highest_marking_takes_the_highest_level_every_compartment_and_control_and_the_common_release()
    {
        var highest = Marking.Highest([
            Parse(ClassificationLevel.Confidential, "", "REL TO USA, GBR, AUS", ""),
            Parse(ClassificationLevel.Secret, "SI", "REL TO USA, GBR", ""),
            Parse(ClassificationLevel.Unclassified, "", "", ""),
        ]);

        Assert.Equal("SECRET//SI//REL TO USA, GBR", highest.Banner);
        Assert.Equal("SECRET//SI//NOFORN", Marking.Highest([Parse(ClassificationLevel.Secret, "SI", "REL TO USA, GBR", ""), Parse(ClassificationLevel.Secret, "", "REL TO USA, AUS", "")]).Banner);
        Assert.Equal("TOP SECRET//TK//NOFORN", Marking.Highest([Parse(ClassificationLevel.TopSecret, "TK", "NOFORN", ""), Parse(ClassificationLevel.Secret, "", "REL TO USA, GBR", "")]).Banner);
        Assert.Equal("UNCLASSIFIED", Marking.Highest([]).Banner);
    }

    [Theory]
    [InlineData(ClassificationLevel.Secret, "si/tk", "", "", "compartment")]
    [InlineData(ClassificationLevel.Secret, "", "EYES ONLY", "", "dissemination control")]
    [InlineData(ClassificationLevel.Secret, "", "NOFORN,REL TO USA, GBR", "", "contradict")]
    [InlineData(ClassificationLevel.ControlledUnclassified, "SI", "", "PROPIN", "classified markings")]
    [InlineData(ClassificationLevel.Secret, "", "", "PROPIN", "CUI categories")]
    public void A_malformed_marking_is_refused_with_the_reason(ClassificationLevel level, string compartments, string controls, string cui, string reason)
    {
        var marking = Marking.From(Spec(level, compartments, controls, cui), out var error);

        Assert.Null(marking);
        Assert.Contains(reason, error, StringComparison.Ordinal);
    }

    private static Marking Parse(ClassificationLevel level, string compartments, string controls, string cui) =>
        Marking.From(Spec(level, compartments, controls, cui), out var error) ?? throw new InvalidOperationException(error);

    // REL TO holds commas itself, so controls are split on a comma only before another control's start.
    private static MarkingSpec Spec(ClassificationLevel level, string compartments, string controls, string cui) => new()
    {
        Level = level,
        Compartments = Split(compartments),
        Dissemination = controls.Length == 0 ? [] : System.Text.RegularExpressions.Regex.Split(controls, @",(?=\s*(?:NOFORN|ORCON|REL|EYES))", System.Text.RegularExpressions.RegexOptions.IgnoreCase),
        CuiCategories = Split(cui),
    };

    private static string[] Split(string list) => list.Length == 0 ? [] : list.Split(',');
}
