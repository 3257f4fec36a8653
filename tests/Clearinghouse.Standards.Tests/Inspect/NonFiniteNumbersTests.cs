using System.Text;
using Clearinghouse.Standards.Inspect;

namespace Clearinghouse.Standards.Tests.Inspect;

public sealed class NonFiniteNumbersTests
{
    private const string Python = """{"a": NaN, "b": [Infinity, -Infinity, -1.5], "c": "NaN \"Infinity\" -Infinity\\", "d": -0}""";
    private const string Json = """{"a": "NaN", "b": ["Infinity", "-Infinity", -1.5], "c": "NaN \"Infinity\" -Infinity\\", "d": -0}""";

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(7)]
    [InlineData(4096)]
    public void Bare_tokens_become_strings_outside_strings_only_whatever_the_read_size(int readSize)
    {
        using var stream = new NonFiniteNumbers(new MemoryStream(Encoding.UTF8.GetBytes(Python)));
        var output = new MemoryStream();
        var buffer = new byte[readSize];
        int read;
        while ((read = stream.Read(buffer, 0, buffer.Length)) > 0)
        {
            output.Write(buffer, 0, read);
        }

        Assert.Equal(Json, Encoding.UTF8.GetString(output.ToArray()));
    }

    [Fact]
    public void A_document_with_nothing_to_rewrite_is_handed_back_as_it_is()
    {
        var bytes = Encoding.UTF8.GetBytes("{\"Name\": \"Ivan\", \"n\": -1}");

        Assert.Same(bytes, NonFiniteNumbers.Rewrite(bytes));
    }
}
