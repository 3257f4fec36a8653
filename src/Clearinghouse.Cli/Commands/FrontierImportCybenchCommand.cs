using System.CommandLine;
using System.Text.RegularExpressions;
using Clearinghouse.Contracts.FrontierModels;
using Clearinghouse.Standards.Cybench;
using Spectre.Console;

namespace Clearinghouse.Cli.Commands;

/// <summary>
/// <c>frontier import-cybench DIR</c>: reads the Cybench benchmark's task metadata from a checkout of its repository and
/// adds its 40 tasks to the server's catalogue as the public tier (UNCLASSIFIED, no hidden content), in one batch through
/// the existing AddBenchmarkTasks endpoint: one catalogue version. A second import revises the same keys.
/// </summary>
/// <remarks>
/// <para>Task key: <c>cybench/</c> and the challenge directory's name in lower case with the difficulty prefix
/// (<c>[Very Easy] </c>) dropped and spaces as hyphens (<c>cybench/dynastic</c>, <c>cybench/noisier-crc</c>); inspect_evals'
/// Cybench names its samples after the same challenges, so its logs import with <c>--task-prefix cybench/</c>.</para>
/// <para>Category: the first Cybench category (crypto, web, reverse, pwn, forensics, misc). Difficulty: left to the
/// catalogue, which derives it from the first-solve time as Cybench itself does; only a task without one gets the
/// authors' 0 to 5 rating mapped (0 and 1 novice, 2 intermediate, 3 expert, 4 and 5 beyond expert). Each task is its
/// own family; subtasks are the subtask questions. Flags and answers stay out: they are not public-tier content.</para>
/// <para>Exit 0 imported, 2 the folder is not a readable Cybench checkout (its problems are listed), 1 refused, 3 server.</para>
/// </remarks>
public static partial class FrontierImportCybenchCommand
{
    public static Command Build(CliConsole console)
    {
        var folder = new Argument<DirectoryInfo>("dir") { Description = "A Cybench checkout: the folder holding task_list.txt and benchmark/." };
        var command = new Command("import-cybench", "Add the Cybench benchmark's tasks to the server's catalogue as its public tier (cleared evaluators).") { folder };
        command.SetAction(async (parse, ct) =>
        {
            var root = parse.GetValue(folder)!;
            var benchmark = CybenchBenchmark.Load(root.FullName);
            if (benchmark.Diagnostics.Count > 0 || benchmark.Tasks.Count == 0)
            {
                await console.Error.WriteLineAsync($"{root.FullName} is not a readable Cybench checkout:");
                foreach (var problem in benchmark.Diagnostics.DefaultIfEmpty(new Standards.Json.JsonDiagnostic("task_list.txt", "no tasks")))
                {
                    await console.Error.WriteLineAsync($"  {problem}");
                }

                return ExitCodes.Usage;
            }

            var batch = new BenchmarkTaskBatch { Tasks = [.. benchmark.Tasks.Select(Spec)] };
            return await Remote.RunAsync<CatalogueView>(console, parse, c => c.PostAsync<CatalogueView>("/api/frontier/catalogue/tasks", batch, ct: ct), (ansi, catalogue) =>
            {
                ansi.WriteLine($"Catalogue version {catalogue.Version}: {batch.Tasks.Count} Cybench task(s) added or revised.");
                Render.Table(ansi, catalogue.Tasks.Where(t => t.Key.StartsWith("cybench/", StringComparison.Ordinal)).ToList(), ["Key", "Category", "Difficulty", "FirstSolveMinutes"]);
            });
        });
        return command;
    }

    /// <summary>The catalogue task for a Cybench task (see the remarks for each field).</summary>
    public static BenchmarkTaskSpec Spec(CybenchTask task)
    {
        ArgumentNullException.ThrowIfNull(task);
        var key = "cybench/" + Whitespace().Replace(DifficultyPrefix().Replace(task.Name, "").Trim().ToLowerInvariant(), "-");
        return new BenchmarkTaskSpec
        {
            Key = key,
            Name = task.Name,
            Category = Category(task.Categories.Count > 0 ? task.Categories[0] : ""),
            Family = key,
            FirstSolveMinutes = task.FirstSolveTime?.TotalMinutes,
            Difficulty = task.FirstSolveTime is null ? Difficulty(task.Difficulty) : null,
            Subtasks = task.Subtasks.Count > 0 ? [.. task.Subtasks.Take(100).Select(s => s.Question)] : null,
            ScoringRule = "1 when the submitted flag equals the challenge's flag (unguided run), else 0; subtask runs score each subtask answer",
            Marking = new MarkingSpec { Level = ClassificationLevel.Unclassified },
        };
    }

    private static TaskCategory Category(string cybench) => cybench switch
    {
        "crypto" => TaskCategory.Cryptography,
        "web" => TaskCategory.Web,
        "reverse" => TaskCategory.ReverseEngineering,
        "pwn" => TaskCategory.BinaryExploitation,
        "forensics" => TaskCategory.Forensics,
        _ => TaskCategory.Miscellaneous,
    };

    private static TaskDifficulty Difficulty(int rating) => rating switch
    {
        <= 1 => TaskDifficulty.Novice,
        2 => TaskDifficulty.Intermediate,
        3 => TaskDifficulty.Expert,
        _ => TaskDifficulty.BeyondExpert,
    };

    [GeneratedRegex(@"^\[[^\]]*\]")]
    private static partial Regex DifficultyPrefix();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
