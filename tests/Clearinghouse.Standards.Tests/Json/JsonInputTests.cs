using System.Text;
using Clearinghouse.Standards.Json;

namespace Clearinghouse.Standards.Tests.Json;

public class JsonInputTests
{
    [Theory]
    [InlineData("""{"a": "x\ud800"}""", "line 1, byte 7")]
    [InlineData("""{"a": "x\uDFFF"}""", "line 1, byte 7")]
    [InlineData("""{"a": "\uDbFf y"}""", "line 1, byte 7")]
    [InlineData("""{"\udc00": 1}""", "line 1, byte 2")]
    [InlineData("""{"a": "\\\ud800"}""", "line 1, byte 7")]
    public void A_string_escaping_a_lone_surrogate_is_refused_where_it_starts(string json, string location)
    {
        Assert.False(JsonInput.TryParse(Encoding.UTF8.GetBytes(json), out _, out var error));
        Assert.Equal(location, error.Location);
    }

    [Theory]
    [InlineData("""{"a": "\ud83d\ude00"}""")]
    [InlineData("""{"a": "\\ud800"}""")]
    [InlineData("""{"a": "\u00e9\u0041"}""")]
    [InlineData("""{"a": "d8 \\u"}""")]
    public void Escapes_that_are_text_are_accepted(string json)
    {
        Assert.True(JsonInput.TryParse(Encoding.UTF8.GetBytes(json), out var document, out _));
        document!.Dispose();
    }
}
