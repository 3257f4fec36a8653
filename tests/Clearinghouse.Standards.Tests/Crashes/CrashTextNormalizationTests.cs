using Clearinghouse.Standards.Crashes;

namespace Clearinghouse.Standards.Tests.Crashes;

/// <summary>The normalizations that make two reports of one bug sign the same, checked on their own.</summary>
public sealed class CrashTextNormalizationTests
{
    [Theory]
    [InlineData("_ZN4base5debug10StackTraceC1Ev", "base::debug::StackTrace::StackTrace()")]
    [InlineData("_ZN7logging10LogMessageD2Ev", "logging::LogMessage::~LogMessage()")]
    [InlineData("_ZN2ui10FlingCurveC2ERKN3gfx9Vector2dFEN4base9TimeTicksE", "ui::FlingCurve::FlingCurve()")]
    [InlineData("_ZN2v88internal12_GLOBAL__N_119HandleApiCallHelperEPNS0_7IsolateE", "v8::internal::(anonymous namespace)::HandleApiCallHelper()")]
    [InlineData("_ZL8functionv", "function()")]
    [InlineData("_ZNSt6vectorIiSaIiEE9push_backERKi", "_ZNSt6vectorIiSaIiEE9push_backERKi")]
    [InlineData("_ZN99", "_ZN99")]
    [InlineData("plain_c_function", "plain_c_function")]
    public void Mac_frames_are_demangled_to_their_qualified_name_or_left_as_they_are(string symbol, string expected)
    {
        Assert.Equal(expected, ItaniumNames.Demangle(symbol));
    }

    [Theory]
    [InlineData("f+0x1a\ng\n", "f\ng\n")]
    [InlineData("Read at 0x7ffe12345678\n", "Read at ADDRESS\n")]
    [InlineData("foo.cc:1234 and libfoo-1.0.so\n", "foo.cc:1234 and libfoo-1.0.so\n")]
    [InlineData("x >= 1, y >= 10, id #7, 20210101\n", "x >= 1, y >= NUMBER, id #NUMBER, NUMBER\n")]
    public void Addresses_and_numbers_that_vary_between_runs_are_replaced(string state, string expected)
    {
        Assert.Equal(expected, StackParser.FilterAddressesAndNumbers(state));
    }

    [Theory]
    [InlineData("Check failed: len > 0 (-1 vs. 0)", "len > 0")]
    [InlineData("CHECK_EQ( (unsigned)ptr[0],1u) failed: 25 vs. 1", "CHECK_EQ( (unsigned)ptr[0],1u) failed")]
    // As ClusterFuzz has it: the quoted value is cut at the last "=", which takes one of the two with it.
    [InlineData("Check failed: name == \"abc\"", "name =")]
    [InlineData("Check failed: !is_null(). ", "!is_null()")]
    public void CHECK_conditions_lose_the_values_that_were_compared(string failure, string expected)
    {
        Assert.Equal(expected, StackParser.FixCheckFailureString(failure));
    }

    [Theory]
    [InlineData("../../base/files/file.cc(123)", "file.cc")]
    [InlineData("..\\..\\chrome\\foo.cc(45)", "foo.cc")]
    [InlineData(" 'bar.h'. ", "bar.h")]
    public void File_names_lose_their_path_and_line(string file, string expected)
    {
        Assert.Equal(expected, StackParser.FixFilenameString(file));
    }

    [Fact]
    public void Lines_split_where_Python_splits_them()
    {
        Assert.Equal(["a", "b", "c", "", "d", "e"], PythonText.SplitLines("a\r\nb\rc\n\nd\ve\n"));
    }

    [Theory]
    [InlineData("0x1000", 4096)]
    [InlineData("0X000000000018", 24)]
    [InlineData("fbadbeef", 0xfbadbeef)]
    [InlineData("not hex", 0)]
    [InlineData("", 0)]
    public void Addresses_read_as_ClusterFuzz_reads_them(string address, long expected)
    {
        Assert.Equal(expected, (long)PythonText.AddressToInteger(address));
    }
}
