using Clearinghouse.Standards.Cvss;

namespace Clearinghouse.Standards.Tests.Cvss;

public sealed class CvssV3ParsingTests
{
    [Theory]
    [InlineData("CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H/AV:L", 45, "duplicate metric AV")]
    [InlineData("CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H/XX:Y", 45, "unknown metric 'XX'")]
    [InlineData("CVSS:3.1/AV:Q/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H", 12, "unknown value 'Q' for AV (expected N, A, L or P)")]
    [InlineData("CVSS:3.1/AV:N/AC:L/PR:N/S:U/C:H/I:H/A:H", 39, "missing mandatory metric UI")]
    [InlineData("CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H/", 45, "the vector ends with '/'")]
    [InlineData("CVSS:3.1/AV:N//AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H", 14, "empty metric between '/' separators")]
    [InlineData("CVSS:3.1/AV:N/AC/PR:N/UI:N/S:U/C:H/I:H/A:H", 14, "'AC' is not a metric:value pair")]
    [InlineData("CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:HH", 43, "unknown value 'HH' for A (expected H, L or N)")]
    [InlineData("CVSS:3.0/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H", 0, "a CVSS v3.1 vector starts with 'CVSS:3.1/'")]
    [InlineData("cvss:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H", 0, "a CVSS v3.1 vector starts with 'CVSS:3.1/'")]
    [InlineData("CVSS:3.1/av:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H", 9, "unknown metric 'av'")]
    [InlineData("CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H/E:S", 47, "unknown value 'S' for E (expected X, H, F, P or U)")]
    public void A_bad_vector_is_refused_with_the_position_and_the_reason(string text, int position, string reason)
    {
        Assert.False(CvssV31Vector.TryParse(text, out _, out var error));
        Assert.Equal(new CvssError(position, reason), error);
        var thrown = Assert.Throws<FormatException>(() => CvssV31Vector.Parse(text));
        Assert.Contains($"at position {position}: {reason}", thrown.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Metrics_in_any_order_normalize_to_the_specification_order_without_not_defined_metrics()
    {
        var vector = CvssV31Vector.Parse("CVSS:3.1/E:X/S:U/A:H/I:H/C:H/UI:N/PR:N/AC:L/AV:N/MAV:L/RC:C");

        Assert.Equal("CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H/RC:C/MAV:L", vector.ToString());
        Assert.Equal(vector, CvssV31Vector.Parse(vector.ToString()));
        Assert.Equal(vector.ToString(), CvssV31Vector.Parse(vector.ToString()).ToString());
    }

    [Theory]
    [InlineData("CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H", "9.8", CvssSeverity.Critical)]
    [InlineData("CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H/E:U/RL:O/RC:U", "7.8", CvssSeverity.High)]
    [InlineData("CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H/E:U/CR:L/IR:L/AR:L", "7.3", CvssSeverity.High)]
    [InlineData("CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:N/I:N/A:N", "0.0", CvssSeverity.None)]
    public void The_score_of_a_vector_as_given_is_environmental_else_temporal_else_base(string text, string score, CvssSeverity severity)
    {
        var vector = CvssV31Vector.Parse(text);

        Assert.Equal(score, vector.Score.ToString());
        Assert.Equal(severity, vector.Severity);
    }

    [Fact]
    public void The_v3_1_roundup_avoids_floating_point_noise_where_v3_0_rounds_up()
    {
        // FIRST CVSS v3.1 Appendix A: a computed 4.000000000000001 must round up to 4.0, not 4.1.
        Assert.Equal(40, CvssV3Scoring.Roundup(4.000000000000001, v31: true));
        Assert.Equal(41, CvssV3Scoring.Roundup(4.000000000000001, v31: false));
        Assert.Equal(41, CvssV3Scoring.Roundup(4.02, v31: true));
    }

    [Theory]
    [InlineData("AV:N/AC:L/Au:N/C:P/I:P/A:P", "7.5")]
    [InlineData("(AV:N/AC:L/Au:N/C:C/I:C/A:C)", "10.0")]
    [InlineData("CVSS2#AV:L/AC:H/Au:M/C:N/I:N/A:P", "0.8")]
    [InlineData("AV:N/AC:M/Au:N/C:N/I:P/A:N", "4.3")]
    public void A_v2_base_vector_scores_as_the_v2_guide_says(string text, string score)
    {
        Assert.Equal(score, CvssV20Vector.Parse(text).BaseScore.ToString());
    }

    [Theory]
    [InlineData("AV:N/AC:L/Au:N/C:P/I:P/A:P/E:F", 27, "only the base metrics of CVSS v2.0 are supported, not E")]
    [InlineData("AV:N/AC:L/Au:N/C:P/I:P", 22, "missing mandatory metric A")]
    [InlineData("AV:N/AC:L/Au:X/C:P/I:P/A:P", 13, "unknown value 'X' for Au (expected M, S or N)")]
    public void A_bad_v2_vector_is_refused_with_the_position_and_the_reason(string text, int position, string reason)
    {
        Assert.False(CvssV20Vector.TryParse(text, out _, out var error));
        Assert.Equal(new CvssError(position, reason), error);
    }
}
