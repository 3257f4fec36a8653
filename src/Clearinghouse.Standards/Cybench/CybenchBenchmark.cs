using System.Globalization;
using System.Text.Json;
using Clearinghouse.Standards.Json;

namespace Clearinghouse.Standards.Cybench;

/// <summary>
/// The Cybench benchmark's task metadata (Zhang et al. 2024, cybench.github.io), read from a checkout of its repository:
/// <c>task_list.txt</c> (the 40 official tasks), <c>subtask_list.txt</c>, each task's
/// <c>&lt;task&gt;/metadata/metadata.json</c>, and <c>analytics/CTF fastest solve times.json</c> (first-solve times).
/// </summary>
public sealed class CybenchBenchmark
{
    private const string SolveTimes = "analytics/CTF fastest solve times.json";

    private CybenchBenchmark(IReadOnlyList<CybenchTask> tasks, IReadOnlyList<JsonDiagnostic> diagnostics)
    {
        Tasks = tasks;
        Diagnostics = diagnostics;
    }

    /// <summary>The official tasks in <c>task_list.txt</c> order; a task whose metadata cannot be read is left out.</summary>
    public IReadOnlyList<CybenchTask> Tasks { get; }

    /// <summary>
    /// Every problem, located by file and JSON pointer (<c>benchmark/…/metadata/metadata.json/difficulty</c>): missing
    /// or unreadable files, a task without a first-solve time, a time that is not <c>H:MM:SS</c>.
    /// </summary>
    public IReadOnlyList<JsonDiagnostic> Diagnostics { get; }

    /// <summary>Reads the benchmark from its root folder; never throws on missing or bad files.</summary>
    /// <param name="root">The folder holding <c>task_list.txt</c> and <c>benchmark/</c>.</param>
    public static CybenchBenchmark Load(string root)
    {
        ArgumentNullException.ThrowIfNull(root);
        var diagnostics = new List<JsonDiagnostic>();
        var taskList = Lines(root, "task_list.txt", diagnostics);
        var subtaskRuns = Lines(root, "subtask_list.txt", diagnostics).ToHashSet(StringComparer.Ordinal);
        var times = FirstSolveTimes(root, diagnostics);
        var tasks = new List<CybenchTask>();
        foreach (var path in taskList)
        {
            var metadataPath = path + "/metadata/metadata.json";
            if (Document(root, metadataPath, diagnostics) is not { } metadata)
            {
                continue;
            }

            if (Task(path, metadata, metadataPath, diagnostics) is not { } task)
            {
                continue;
            }

            TimeSpan? firstSolve = times.TryGetValue(path, out var time) ? time : null;
            if (firstSolve is null)
            {
                diagnostics.Add(new JsonDiagnostic(SolveTimes, "no first-solve time for " + path));
            }

            tasks.Add(task with { FirstSolveTime = firstSolve, InSubtaskRuns = subtaskRuns.Contains(path) });
        }

        return new CybenchBenchmark(tasks, diagnostics);
    }

    private static CybenchTask? Task(string path, JsonElement metadata, string file, List<JsonDiagnostic> diagnostics)
    {
        var categories = metadata.TryGetProperty("categories", out var c) && c.ValueKind == JsonValueKind.Array
            ? c.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.String).Select(e => e.GetString()!).ToList()
            : [];
        if (categories.Count == 0)
        {
            diagnostics.Add(new JsonDiagnostic(file + "/categories", "expected a list of category names"));
            return null;
        }

        // The benchmark writes difficulty as a string ("2"); a number is taken too.
        int? difficulty = metadata.TryGetProperty("difficulty", out var d) ? d.ValueKind switch
        {
            JsonValueKind.String when int.TryParse(d.GetString(), NumberStyles.None, CultureInfo.InvariantCulture, out var n) => n,
            JsonValueKind.Number when d.TryGetInt32(out var n) => n,
            _ => null,
        } : null;
        if (difficulty is not (>= 0 and <= 5))
        {
            diagnostics.Add(new JsonDiagnostic(file + "/difficulty", "expected a difficulty from 0 to 5"));
            return null;
        }

        var subtasks = new List<CybenchSubtask>();
        if (metadata.TryGetProperty("subtasks", out var list) && list.ValueKind == JsonValueKind.Array)
        {
            var i = 0;
            foreach (var s in list.EnumerateArray())
            {
                var question = Text(s, "question");
                var answer = Text(s, "answer");
                if (question is null || answer is null)
                {
                    diagnostics.Add(new JsonDiagnostic(file + "/subtasks/" + i.ToString(CultureInfo.InvariantCulture), "a subtask needs a question and an answer; left out"));
                }
                else
                {
                    var hints = s.TryGetProperty("hints", out var h) && h.ValueKind == JsonValueKind.Array
                        ? h.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.String).Select(e => e.GetString()!).ToList()
                        : [];
                    subtasks.Add(new CybenchSubtask(Text(s, "subtask") ?? "", question, answer, Text(s, "answer_format") ?? "", hints));
                }

                i++;
            }
        }

        var parts = path.Split('/');
        return new CybenchTask
        {
            Path = path,
            Name = parts[^1],
            Organizer = parts.Length > 1 ? parts[1] : "",
            Categories = categories,
            Difficulty = difficulty.Value,
            EasyPrompt = Text(metadata, "easy_prompt") ?? "",
            HardPrompt = Text(metadata, "hard_prompt") ?? "",
            TargetHost = Text(metadata, "target_host") is { Length: > 0 } host ? host : null,
            InternetNecessary = metadata.TryGetProperty("internet", out var net) && net.ValueKind == JsonValueKind.Object
                && net.TryGetProperty("necessary", out var necessary) && necessary.ValueKind == JsonValueKind.True,
            Subtasks = subtasks,
        };
    }

    /// <summary>
    /// First-solve times by challenge directory. The table lists a few directories twice; the shorter time is the
    /// fastest solve, so it is kept.
    /// </summary>
    private static Dictionary<string, TimeSpan> FirstSolveTimes(string root, List<JsonDiagnostic> diagnostics)
    {
        var times = new Dictionary<string, TimeSpan>(StringComparer.Ordinal);
        if (Document(root, SolveTimes, diagnostics) is not { ValueKind: JsonValueKind.Array } table)
        {
            return times;
        }

        var i = 0;
        foreach (var row in table.EnumerateArray())
        {
            var at = SolveTimes + "/" + i++.ToString(CultureInfo.InvariantCulture);
            var directory = Text(row, "challenge_dir")?.TrimEnd('/');
            var text = Text(row, "challenge_fastest_solve_time");
            if (directory is null || text is null)
            {
                diagnostics.Add(new JsonDiagnostic(at, "expected challenge_dir and challenge_fastest_solve_time"));
                continue;
            }

            if (!TryParseDuration(text, out var time))
            {
                diagnostics.Add(new JsonDiagnostic(at + "/challenge_fastest_solve_time", "'" + text + "' is not a duration H:MM:SS"));
                continue;
            }

            times[directory] = times.TryGetValue(directory, out var earlier) && earlier < time ? earlier : time;
        }

        return times;
    }

    /// <summary>H:MM:SS with any number of hours (the table has times over a day, e.g. <c>24:54:00</c>).</summary>
    internal static bool TryParseDuration(string text, out TimeSpan duration)
    {
        duration = default;
        var parts = text.Split(':');
        if (parts.Length != 3
            || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var hours)
            || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var minutes) || minutes > 59 || parts[1].Length != 2
            || !int.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var seconds) || seconds > 59 || parts[2].Length != 2)
        {
            return false;
        }

        duration = new TimeSpan(hours, minutes, seconds);
        return true;
    }

    private static string? Text(JsonElement parent, string name) =>
        parent.ValueKind == JsonValueKind.Object && parent.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static List<string> Lines(string root, string name, List<JsonDiagnostic> diagnostics)
    {
        try
        {
            return File.ReadAllLines(System.IO.Path.Combine(root, name)).Select(l => l.Trim().TrimEnd('/')).Where(l => l.Length > 0).ToList();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Add(new JsonDiagnostic(name, "could not be read: " + e.Message));
            return [];
        }
    }

    private static JsonElement? Document(string root, string name, List<JsonDiagnostic> diagnostics)
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(System.IO.Path.Combine(root, name));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Add(new JsonDiagnostic(name, "could not be read: " + e.Message));
            return null;
        }

        if (!JsonInput.TryParse(bytes, out var document, out var error))
        {
            diagnostics.Add(new JsonDiagnostic(name + " " + error.Location, error.Reason));
            return null;
        }

        using (document)
        {
            return document!.RootElement.Clone();
        }
    }
}
