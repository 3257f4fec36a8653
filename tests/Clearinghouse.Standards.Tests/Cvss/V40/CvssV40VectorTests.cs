using Clearinghouse.Standards.Cvss;

namespace Clearinghouse.Standards.Tests.Cvss.V40;

public sealed class CvssV40VectorTests
{
    // Metrics start at 9 (AV), 14 (AC), 19 (AT), 24 (PR), 29 (UI), 34 (VC), 39 (VI), 44 (VA), 49 (SC), 54 (SI), 59 (SA);
    // the string is 63 characters long.
    private const string Base = "CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N";

    [Theory]
    [InlineData("", 0, "a CVSS v4.0 vector starts with 'CVSS:4.0/'")]
    [InlineData("AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N", 0, "a CVSS v4.0 vector starts with 'CVSS:4.0/'")]
    [InlineData("cvss:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N", 0, "a CVSS v4.0 vector starts with 'CVSS:4.0/'")]
    [InlineData("CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H", 5, "unsupported CVSS version '3.1' (expected 'CVSS:4.0/')")]
    [InlineData("CVSS:4.0AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N", 5, "unsupported CVSS version '4.0AV:N' (expected 'CVSS:4.0/')")]
    public void A_wrong_prefix_is_refused(string text, int position, string reason) => AssertRefused(text, position, reason);

    [Theory]
    [InlineData(Base + "/XX:Y", 64, "unknown metric 'XX'")]
    [InlineData(Base + "/e:A", 64, "unknown metric 'e'")]
    [InlineData(Base + "/MS:X", 64, "unknown metric 'MS'")]
    [InlineData(Base + "/:A", 64, "unknown metric ''")]
    public void An_unknown_metric_is_refused_where_it_starts(string text, int position, string reason) => AssertRefused(text, position, reason);

    [Theory]
    [InlineData("CVSS:4.0/AV:Q/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N", 12, "unknown value 'Q' for AV (expected N, A, L or P)")]
    [InlineData("CVSS:4.0/AV:X/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N", 12, "unknown value 'X' for AV (expected N, A, L or P)")]
    [InlineData("CVSS:4.0/AV:/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N", 12, "unknown value '' for AV (expected N, A, L or P)")]
    [InlineData("CVSS:4.0/AV:NN/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N", 12, "unknown value 'NN' for AV (expected N, A, L or P)")]
    [InlineData("CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:S/SA:N", 57, "unknown value 'S' for SI (expected H, L or N)")]
    [InlineData(Base + "/E:H", 66, "unknown value 'H' for E (expected X, A, P or U)")]
    [InlineData(Base + "/MVC:S", 68, "unknown value 'S' for MVC (expected X, H, L or N)")]
    [InlineData(Base + "/MSI:Q", 68, "unknown value 'Q' for MSI (expected X, S, H, L or N)")]
    [InlineData(Base + "/U:clear", 66, "unknown value 'clear' for U (expected X, Clear, Green, Amber or Red)")]
    [InlineData(Base + "/AU:N:Y", 67, "unknown value 'N:Y' for AU (expected X, N or Y)")]
    public void An_unknown_value_is_refused_at_the_value_with_the_accepted_values_named(string text, int position, string reason) =>
        AssertRefused(text, position, reason);

    [Theory]
    [InlineData("CVSS:4.0/AV:N/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N", 14, "duplicate metric AV")]
    [InlineData(Base + "/SA:N", 64, "duplicate metric SA")]
    [InlineData(Base + "/E:A/E:A", 68, "duplicate metric E")]
    [InlineData(Base + "/E:X/E:A", 68, "duplicate metric E")]
    public void A_duplicate_metric_is_refused_at_its_second_occurrence(string text, int position, string reason) => AssertRefused(text, position, reason);

    [Theory]
    [InlineData("CVSS:4.0/AV:N/AC:L/AT:N/PR:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N", 29, "missing mandatory metric UI")]
    [InlineData("CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N", 58, "missing mandatory metric SA")]
    [InlineData("CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/E:A", 59, "missing mandatory metric SA")]
    [InlineData("CVSS:4.0/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N", 9, "missing mandatory metric AV")]
    [InlineData("CVSS:4.0", 8, "missing mandatory metric AV")]
    public void A_missing_base_metric_is_refused_where_it_belongs(string text, int position, string reason) => AssertRefused(text, position, reason);

    [Theory]
    [InlineData("CVSS:4.0/AV:N//AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N", 14, "empty metric between '/' separators")]
    [InlineData("CVSS:4.0//AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N", 9, "empty metric between '/' separators")]
    [InlineData(Base + "/", 63, "the vector ends with '/'")]
    [InlineData("CVSS:4.0/", 8, "the vector ends with '/'")]
    [InlineData(Base + "/AVN", 64, "'AVN' is not a metric:value pair")]
    public void An_empty_or_malformed_component_is_refused(string text, int position, string reason) => AssertRefused(text, position, reason);

    [Theory]
    [InlineData("CVSS:4.0/AC:L/AV:N/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N", 14, "metric AV is out of order (CVSS v4.0 requires it before AC)")]
    [InlineData("CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/SC:N/VI:H/SI:N/VA:H/SA:N", 44, "metric VI is out of order (CVSS v4.0 requires it before SC)")]
    [InlineData(Base + "/CR:H/E:A", 69, "metric E is out of order (CVSS v4.0 requires it before CR)")]
    [InlineData(Base + "/S:N/MAV:A", 68, "metric MAV is out of order (CVSS v4.0 requires it before S)")]
    [InlineData(Base + "/U:Red/AU:Y", 70, "metric AU is out of order (CVSS v4.0 requires it before U)")]
    public void Metrics_out_of_the_specification_order_are_refused(string text, int position, string reason) => AssertRefused(text, position, reason);

    [Fact]
    public void Parse_throws_a_format_exception_naming_the_position_and_the_reason()
    {
        var error = Assert.Throws<FormatException>(() => CvssV40Vector.Parse(Base + "/SA:N"));
        Assert.Contains("at position 64: duplicate metric SA", error.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentNullException>(() => CvssV40Vector.Parse(null!));
    }

    [Theory]
    [InlineData(Base)]
    [InlineData("CVSS:4.0/AV:P/AC:H/AT:P/PR:H/UI:A/VC:N/VI:L/VA:N/SC:L/SI:H/SA:L/E:U/CR:L/IR:M/AR:H/MAV:A/MAC:H/MAT:P/MPR:L/MUI:P/MVC:N/MVI:L/MVA:H/MSC:L/MSI:S/MSA:N/S:P/AU:Y/R:I/V:C/RE:H/U:Amber")]
    [InlineData("CVSS:4.0/AV:L/AC:L/AT:N/PR:L/UI:P/VC:L/VI:L/VA:L/SC:N/SI:N/SA:N/MSA:S/U:Clear")]
    public void A_normal_vector_normalizes_to_itself(string text)
    {
        var vector = CvssV40Vector.Parse(text);
        Assert.Equal(text, vector.ToString());
        Assert.Equal(vector, CvssV40Vector.Parse(vector.ToString()));
    }

    [Theory]
    [InlineData(Base + "/E:X", Base)]
    [InlineData(Base + "/E:X/CR:X/IR:X/AR:X/MAV:X/MAC:X/MAT:X/MPR:X/MUI:X/MVC:X/MVI:X/MVA:X/MSC:X/MSI:X/MSA:X/S:X/AU:X/R:X/V:X/RE:X/U:X", Base)]
    [InlineData(Base + "/E:P/CR:X/MSI:S/AU:X/U:Green", Base + "/E:P/MSI:S/U:Green")]
    public void Not_defined_metrics_are_left_out_and_the_result_parses_back_equal(string text, string normal)
    {
        var vector = CvssV40Vector.Parse(text);
        Assert.Equal(normal, vector.ToString());
        Assert.Equal(vector, CvssV40Vector.Parse(normal));
        Assert.True(vector == CvssV40Vector.Parse(normal));
        Assert.Equal(vector.GetHashCode(), CvssV40Vector.Parse(normal).GetHashCode());
        Assert.Equal(vector.Score, CvssV40Vector.Parse(normal).Score);
    }

    [Fact]
    public void The_default_vector_is_the_all_highest_base_vector()
    {
        Assert.Equal("CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:H/SI:H/SA:H", default(CvssV40Vector).ToString());
        Assert.Equal("10.0", default(CvssV40Vector).Score.ToString());
    }

    [Theory]
    [InlineData(Base, "CVSS-B")]
    [InlineData(Base + "/E:X/CR:X", "CVSS-B")]
    [InlineData(Base + "/S:P/AU:Y/R:A/V:C/RE:H/U:Red", "CVSS-B")]
    [InlineData(Base + "/E:A", "CVSS-BT")]
    [InlineData(Base + "/CR:H", "CVSS-BE")]
    [InlineData(Base + "/MSA:S", "CVSS-BE")]
    [InlineData(Base + "/E:P/MAV:A/U:Clear", "CVSS-BTE")]
    public void The_nomenclature_names_the_metric_groups_that_are_defined(string text, string nomenclature) =>
        Assert.Equal(nomenclature, CvssV40Vector.Parse(text).Nomenclature);

    [Theory]
    // Base only: macrovector 000200 scores 9.3 and the vector is its highest vector.
    [InlineData(Base, "000200", "9.3", CvssSeverity.Critical)]
    // The example of FIRST's reference calculator (cvss40.js): MAV:A moves EQ1 to 1.
    [InlineData("CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:L/SC:N/SI:N/SA:N/E:A/MAV:A", "100200", "8.7", CvssSeverity.High)]
    // MSI:S (Safety) puts EQ4 at 0.
    [InlineData(Base + "/MSI:S", "000000", "10.0", CvssSeverity.Critical)]
    // Threat: E:U is EQ5 2.
    [InlineData(Base + "/E:U", "000220", "8.1", CvssSeverity.High)]
    // Security requirements below High give EQ6 1.
    [InlineData(Base + "/CR:M/IR:M/AR:M", "000201", "9.0", CvssSeverity.Critical)]
    // No impact anywhere scores 0.0 whatever else.
    [InlineData("CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:N/VI:N/VA:N/SC:N/SI:N/SA:N/E:A", "002201", "0.0", CvssSeverity.None)]
    // A modified metric that removes the only impact also scores 0.0.
    [InlineData("CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:N/VA:N/SC:N/SI:N/SA:N/MVC:N", "002201", "0.0", CvssSeverity.None)]
    // The lowest MacroVector, 212221.
    [InlineData("CVSS:4.0/AV:P/AC:H/AT:P/PR:H/UI:A/VC:L/VI:L/VA:L/SC:L/SI:L/SA:L/E:U", "212221", "0.1", CvssSeverity.Low)]
    public void Scores_macrovectors_and_severities_follow_the_specification(string text, string macroVector, string score, CvssSeverity severity)
    {
        var vector = CvssV40Vector.Parse(text);
        Assert.Equal(macroVector, vector.MacroVector);
        Assert.Equal(score, vector.Score.ToString());
        Assert.Equal(severity, vector.Severity);
    }

    private static void AssertRefused(string text, int position, string reason)
    {
        Assert.False(CvssV40Vector.TryParse(text, out var vector, out var error));
        Assert.Equal(new CvssError(position, reason), error);
        Assert.Equal(default, vector);
    }
}
