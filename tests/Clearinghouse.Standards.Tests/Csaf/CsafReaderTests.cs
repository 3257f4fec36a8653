using System.Text;
using Clearinghouse.Standards.Csaf;

namespace Clearinghouse.Standards.Tests.Csaf;

public sealed class CsafReaderTests
{
    [Theory]
    [InlineData("{\"document\":", "line 1, byte 13")]
    [InlineData("null", "")]
    [InlineData("[]", "")]
    [InlineData("{}", "")]
    public void Text_that_is_no_CSAF_object_is_refused_with_a_location(string json, string location)
    {
        var result = CsafReader.Read(Encoding.UTF8.GetBytes(json));

        Assert.False(result.Succeeded);
        Assert.Equal(location, Assert.Single(result.Diagnostics).Location);
    }

    [Theory]
    [InlineData("\"status\":\"final\"", "\"status\":\"FINAL\"", "/document/tracking/status")]
    [InlineData("\"status\":\"final\"", "\"status\":1", "/document/tracking/status")]
    [InlineData("\"category\":\"vendor\"", "\"category\":\"vendor\",\"category\":\"user\"", "/document/publisher/category")]
    [InlineData("\"initial_release_date\":\"2024-01-02T03:04:05Z\"", "\"initial_release_date\":\"2024-01-02\"", "/document/tracking/initial_release_date")]
    [InlineData("\"title\":\"T\",", "\"title\":null,", "/document/title")]
    [InlineData("\"number\":\"1\"", "\"number\":1", "/document/tracking/revision_history/0/number")]
    public void A_broken_member_is_refused_with_a_pointer_to_it(string good, string bad, string location)
    {
        var json = Encoding.UTF8.GetString(CsafRoundTripTests.Minimal("")).Replace(good, bad, StringComparison.Ordinal);

        var result = CsafReader.Read(Encoding.UTF8.GetBytes(json));

        Assert.False(result.Succeeded);
        Assert.StartsWith(location, Assert.Single(result.Diagnostics).Location, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_required_member_is_refused()
    {
        var json = Encoding.UTF8.GetString(CsafRoundTripTests.Minimal("")).Replace("\"title\":\"T\",", "", StringComparison.Ordinal);

        var result = CsafReader.Read(Encoding.UTF8.GetBytes(json));

        Assert.False(result.Succeeded);
        Assert.Contains("title", Assert.Single(result.Diagnostics).Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2022-03-17T13:03:42.105Z")]
    [InlineData("2022-03-17T13:03:42.10Z")]
    [InlineData("2022-03-17T13:03:42+02:00")]
    public void Date_times_keep_their_text(string text)
    {
        Assert.Equal(text, CsafDateTime.Parse(text).ToString());
    }

    [Theory]
    [InlineData("2022-03-17")]
    [InlineData("2022-03-17T13:03:42")]
    [InlineData("yesterday")]
    public void Incomplete_date_times_are_refused(string text)
    {
        Assert.False(CsafDateTime.TryParse(text, out _));
    }

    [Fact]
    public void A_date_time_made_from_an_instant_is_written_in_UTC()
    {
        Assert.Equal("2024-01-02T01:04:05Z", CsafDateTime.From(new DateTimeOffset(2024, 1, 2, 3, 4, 5, TimeSpan.FromHours(2))).ToString());
    }
}
