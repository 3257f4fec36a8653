using System.Text.RegularExpressions;
using Clearinghouse.Standards.Json;

namespace Clearinghouse.Standards.Crashes;

/// <summary>What the analyzer has learned so far while walking a report line by line (ClusterFuzz's CrashInfo).</summary>
internal sealed class ParseState
{
    public string CrashType { get; set; } = "";
    public string CrashAddress { get; set; } = "";
    public string CrashState { get; set; } = "";
    public int FrameCount { get; set; }
    public string? ProcessName { get; set; }
    public bool ProcessDied { get; set; }
    public HashSet<string> Categories { get; } = new(StringComparer.Ordinal);
    public List<CrashFrame> Frames { get; } = [];

    /// <summary>Every meaningful frame name, uncapped, for cycle detection in stack overflows.</summary>
    public List<string> RawFrames { get; } = [];

    public bool FoundJavaException { get; set; }
    public bool FoundBadCastCrashEndMarker { get; set; }
    public string CheckFailureSourceFile { get; set; } = "";
    public bool FatalErrorOccurred { get; set; }
    public int FuzzerDirectoryFrames { get; set; }

    public bool IsKasan { get; init; }
    public bool IsLkl { get; init; }
    public bool IsGolang { get; init; }
    public bool IsPython { get; init; }
    public bool IsJavaScript { get; init; }
    public bool IsTrusty { get; init; }
    public bool FoundPythonCrash { get; set; }
    public bool FoundGolangCrash { get; set; }
    public bool FoundAndroidKernelCrash { get; set; }

    /// <summary>The whole report, for the few checks that look beyond the current line.</summary>
    public string Report { get; init; } = "";

    /// <summary>The 1-based number of the line being analysed (of the report as split, after any rewriting).</summary>
    public int LineNumber { get; set; }

    public int Timeouts { get; private set; }

    public List<JsonDiagnostic> Diagnostics { get; } = [];

    public void RecordTimeout(Regex regex)
    {
        Timeouts++;
        AddDiagnostic($"pattern {Abbreviate(regex.ToString())} timed out; the line was taken not to match it");
    }

    public void AddDiagnostic(string reason)
    {
        // Bounded: the diagnostics of a hostile report must not outgrow the report.
        if (Diagnostics.Count < 100)
        {
            Diagnostics.Add(new JsonDiagnostic($"line {LineNumber}", reason));
        }
    }

    private static string Abbreviate(string pattern) => pattern.Length <= 60 ? pattern : pattern[..57] + "...";
}
