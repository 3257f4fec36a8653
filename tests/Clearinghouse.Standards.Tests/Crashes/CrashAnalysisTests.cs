using System.Text;
using Clearinghouse.Standards.Crashes;

namespace Clearinghouse.Standards.Tests.Crashes;

public sealed class CrashAnalysisTests
{
    private const string AsanHeader =
        "=================================================================\n"
        + "==14970==ERROR: AddressSanitizer: heap-buffer-overflow on address 0x61b00001f7d0 at pc 0x00000064801b bp 0x7ffce478dbd0 sp 0x7ffce478dbc8\n"
        + "READ of size 4 at 0x61b00001f7d0 thread T0\n";

    private const string AsanFrames =
        "    #0 0x64801a in read_scalar(unsigned int const*&) third_party/skia/src/core/SkPaint.cpp:1819:15\n"
        + "    #1 0x4df1eb in operator new(unsigned long)\n"
        + "    #2 0x647ac5 in SkPaint::unflatten(SkReadBuffer&) third_party/skia/src/core/SkPaint.cpp:1954:25\n"
        + "    #3 0xb1dee7 in (anonymous namespace)::ReadLayers(SkReadBuffer&) third_party/skia/src/effects/SkLayerRasterizer.cpp:160:9\n"
        + "    #4 0xb1ddd8 in SkLayerRasterizer::CreateProc(SkReadBuffer&) third_party/skia/src/effects/SkLayerRasterizer.cpp:149:34\n";

    [Fact]
    public void Empty_text_is_not_a_crash()
    {
        var signature = CrashAnalysis.Analyze("");

        Assert.False(signature.IsCrash);
        Assert.Equal("", signature.CrashType);
        Assert.Equal("", signature.CrashState);
        Assert.Equal("", signature.CrashAddress);
        Assert.False(signature.IsSecurityIssue);
        Assert.Empty(signature.Frames);
    }

    [Fact]
    public void Null_text_is_treated_as_empty()
    {
        Assert.False(CrashAnalysis.Analyze(null).IsCrash);
    }

    [Fact]
    public void Ordinary_log_text_is_not_a_crash()
    {
        var signature = CrashAnalysis.Analyze("INFO: Seed: 1234\nINFO: Loaded 1 modules\nDone 1000 runs in 3 second(s)\n");

        Assert.False(signature.IsCrash);
        Assert.Equal("", signature.CrashState);
    }

    [Fact]
    public void Binary_garbage_is_not_a_crash()
    {
        var bytes = new byte[64 * 1024];
        for (var i = 0; i < bytes.Length; i++)
        {
            bytes[i] = (byte)((i * 7919) ^ (i >> 3));
        }

        var signature = CrashAnalysis.Analyze(Encoding.Latin1.GetString(bytes));

        Assert.NotNull(signature.CrashState);
        Assert.DoesNotContain('\0', signature.CrashState);
    }

    [Fact]
    public void An_ASan_report_gives_type_access_state_and_frames_without_runtime_frames()
    {
        var signature = CrashAnalysis.Analyze(AsanHeader + AsanFrames);

        Assert.Equal("Heap-buffer-overflow\nREAD 4", signature.CrashType);
        Assert.Equal("read_scalar\nSkPaint::unflatten\nReadLayers\n", signature.CrashState);
        Assert.Equal("0x61b00001f7d0", signature.CrashAddress);
        Assert.True(signature.IsSecurityIssue);
        Assert.Equal(new CrashFrame("read_scalar", "third_party/skia/src/core/SkPaint.cpp", 1819), signature.Frames[0]);
        Assert.Equal(4, signature.Frames.Count);
    }

    [Fact]
    public void An_ASan_report_cut_off_after_its_first_line_still_has_its_type()
    {
        var signature = CrashAnalysis.Analyze(AsanHeader[..AsanHeader.IndexOf("READ of", StringComparison.Ordinal)]);

        Assert.Equal("Heap-buffer-overflow", signature.CrashType);
        Assert.Equal("NULL", signature.CrashState);
        Assert.True(signature.IsSecurityIssue);
    }

    [Fact]
    public void An_ASan_report_cut_off_in_the_middle_of_a_frame_keeps_the_frames_before_it()
    {
        var text = AsanHeader + AsanFrames;
        var signature = CrashAnalysis.Analyze(text[..(text.IndexOf("#2 0x647ac5", StringComparison.Ordinal) + 14)]);

        Assert.Equal("Heap-buffer-overflow\nREAD 4", signature.CrashType);
        Assert.Equal("read_scalar\n", signature.CrashState);
    }

    [Fact]
    public void The_same_bug_reported_twice_with_different_addresses_and_pids_has_the_same_signature()
    {
        var other = (AsanHeader + AsanFrames)
            .Replace("14970", "20311", StringComparison.Ordinal)
            .Replace("0x61b00001f7d0", "0x61b0000a1110", StringComparison.Ordinal)
            .Replace("0x64801a", "0x55501a", StringComparison.Ordinal);

        var first = CrashAnalysis.Analyze(AsanHeader + AsanFrames);
        var second = CrashAnalysis.Analyze(other);

        Assert.Equal(first.CrashType, second.CrashType);
        Assert.Equal(first.CrashState, second.CrashState);
    }

    [Fact]
    public void Timeouts_count_only_when_the_options_report_them_and_are_signed_with_the_fuzz_target()
    {
        const string text = "==123== ERROR: libFuzzer: timeout after 25 seconds\n    #0 0x4a in Foo() foo.cc:1:1\n";

        Assert.False(CrashAnalysis.Analyze(text).IsCrash);

        var signature = CrashAnalysis.Analyze(text, new CrashAnalysisOptions { OomsAndHangs = OomAndHangReporting.Report, FuzzTarget = "my_fuzzer" });
        Assert.Equal("Timeout", signature.CrashType);
        Assert.Equal("my_fuzzer\n", signature.CrashState);
        Assert.False(signature.IsSecurityIssue);

        var bigRedZone = new CrashAnalysisOptions { OomsAndHangs = OomAndHangReporting.Report, RedZoneSize = 256 };
        Assert.False(CrashAnalysis.Analyze(text, bigRedZone).IsCrash);
        Assert.True(CrashAnalysis.Analyze(text, bigRedZone with { OomsAndHangs = OomAndHangReporting.Force }).IsCrash);
    }

    [Fact]
    public void An_invalid_extra_ignore_pattern_is_ignored_and_a_valid_one_skips_frames()
    {
        var options = new CrashAnalysisOptions { ExtraIgnoredFramePatterns = ["(unclosed", "read_scalar"] };

        var signature = CrashAnalysis.Analyze(AsanHeader + AsanFrames, options);

        Assert.Equal("SkPaint::unflatten\nReadLayers\nSkLayerRasterizer::CreateProc\n", signature.CrashState);
    }

    [Theory]
    [InlineData("assertion ", " failed:")]
    [InlineData("ERROR: AddressSanitizer", " on ")]
    [InlineData("[a:", "]")]
    [InlineData("#0 0x1 in ", "+0x")]
    [InlineData("runtime error: ", ": runtime error: ")]
    [InlineData("a.cc:", "ASSERT")]
    public void Long_pathological_lines_do_not_stop_the_analyzer(string head, string repeated)
    {
        var line = head + string.Concat(Enumerable.Repeat(repeated, 500_000 / repeated.Length));
        var text = AsanHeader + line + "\n" + AsanFrames + line;

        var signature = CrashAnalysis.Analyze(text);

        Assert.True(signature.IsCrash);
        Assert.All(signature.Diagnostics, d => Assert.StartsWith("line ", d.Location, StringComparison.Ordinal));
    }

    [Fact]
    public void A_report_built_to_stall_the_analyzer_is_cut_short_with_diagnostics_and_keeps_what_was_found()
    {
        var line = string.Concat(Enumerable.Repeat("a.cc: assertion x failed: ", 4_000));
        var text = AsanHeader + AsanFrames + string.Join("\n", Enumerable.Repeat(line, 10));

        var signature = CrashAnalysis.Analyze(text);

        Assert.Equal("Heap-buffer-overflow\nREAD 4", signature.CrashType);
        Assert.Equal("read_scalar\nSkPaint::unflatten\nReadLayers\n", signature.CrashState);
        Assert.Contains(signature.Diagnostics, d => d.Reason.Contains("timed out", StringComparison.Ordinal));
        Assert.Contains(signature.Diagnostics, d => d.Reason.StartsWith("analysis stopped", StringComparison.Ordinal));
    }

    [Fact]
    public void An_ordinary_report_has_no_diagnostics()
    {
        Assert.Empty(CrashAnalysis.Analyze(AsanHeader + AsanFrames).Diagnostics);
    }

    [Fact]
    public void A_CHECK_failure_is_signed_with_its_condition_and_file()
    {
        const string text =
            "[1:1:0101/000000.000000:FATAL:fling_curve.cc(32)] Check failed: max_start_velocity > 0 (0 vs. 0)\n"
            + "    #0 0x7f in base::debug::StackTrace::StackTrace() base/debug/stack_trace.cc:1:1\n"
            + "    #1 0x7f in ui::FlingCurve::FlingCurve(gfx::Vector2dF const&) ui/fling_curve.cc:32:1\n";

        var signature = CrashAnalysis.Analyze(text);

        Assert.Equal("CHECK failure", signature.CrashType);
        Assert.Equal("max_start_velocity > 0 in fling_curve.cc\nui::FlingCurve::FlingCurve\n", signature.CrashState);
        Assert.False(signature.IsSecurityIssue);
        Assert.True(CrashAnalysis.Analyze(text, new CrashAnalysisOptions { ChecksHaveSecurityImplication = true }).IsSecurityIssue);
    }
}
