using System.Text.Json;
using Clearinghouse.Standards.Tlp;

namespace Clearinghouse.Standards.Tests.Tlp;

public sealed class TlpLabelsTests
{
    [Theory]
    [InlineData(TlpLabel.Clear, "TLP:CLEAR")]
    [InlineData(TlpLabel.Green, "TLP:GREEN")]
    [InlineData(TlpLabel.Amber, "TLP:AMBER")]
    [InlineData(TlpLabel.AmberStrict, "TLP:AMBER+STRICT")]
    [InlineData(TlpLabel.Red, "TLP:RED")]
    public void Every_label_formats_as_TLP_2_0_writes_it_and_parses_back(TlpLabel label, string text)
    {
        Assert.Equal(text, TlpLabels.Format(label));
        Assert.Equal(label, TlpLabels.Parse(text));
        Assert.Equal(text, JsonSerializer.Deserialize<string>(JsonSerializer.Serialize(label)));
        Assert.Equal(label, JsonSerializer.Deserialize<TlpLabel>($"\"{text}\""));
    }

    [Theory]
    [InlineData("amber+strict", TlpLabel.AmberStrict)]
    [InlineData("tlp:green", TlpLabel.Green)]
    [InlineData(" TLP:RED ", TlpLabel.Red)]
    public void Labels_are_read_without_regard_to_case_prefix_or_surrounding_space(string text, TlpLabel expected)
    {
        Assert.True(TlpLabels.TryParse(text, out var label));
        Assert.Equal(expected, label);
    }

    [Theory]
    [InlineData("TLP:WHITE")]
    [InlineData("AMBER STRICT")]
    [InlineData("")]
    [InlineData("TLP:")]
    public void Text_that_is_not_a_TLP_2_0_label_is_refused_with_the_accepted_labels_named(string text)
    {
        Assert.False(TlpLabels.TryParse(text, out _));
        var error = Assert.Throws<FormatException>(() => TlpLabels.Parse(text));
        Assert.Contains("TLP:AMBER+STRICT", error.Message, StringComparison.Ordinal);
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<TlpLabel>(JsonSerializer.Serialize(text)));
    }

    [Fact]
    public void A_number_is_not_a_label_on_the_wire()
    {
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<TlpLabel>("2"));
    }
}
