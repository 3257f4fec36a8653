using System.CommandLine;
using System.Globalization;
using Clearinghouse.Scoring;
using Clearinghouse.Standards.Ssvc;
using Clearinghouse.Standards.Remediation;
using Spectre.Console;

namespace Clearinghouse.Cli.Commands;

/// <summary>
/// <c>score ssvc</c>: the CISA Coordinator SSVC decision (Track, Track*, Attend, Act) and, when its inputs are given, the
/// BOD 26-04 remediation timeline, each with the path of inputs that led there; with <c>--since</c>, the due dates.
/// The decision tables are CERT/CC's published JSON files, read from <c>--tables</c> (docs/guide/reference-data.md).
/// </summary>
public static class ScoreSsvcCommand
{
    public const string TablesVariable = SsvcTables.Variable;
    public const string DefaultTables = SsvcTables.DefaultDirectory;

    public sealed record Decision(string Table, string? Outcome, IReadOnlyList<PathStep> Path, IReadOnlyList<string> Errors);

    public sealed record PathStep(string DecisionPoint, string Value);

    public sealed record Due(string Policy, string? Outcome, DateOnly? DueDate, bool ForensicTriage, string Reason);

    public sealed record Result(string MissionWellbeing, string MissionWellbeingReason, Decision Coordinator, Decision? Bod2604, IReadOnlyList<Due> DueDates);

    public static Command Build(CliConsole console)
    {
        var tables = new Option<DirectoryInfo?>("--tables") { Description = $"CERT/CC's SSVC decision-table JSON files (default: {TablesVariable}, else ./{DefaultTables})." };
        var exploitation = new Option<string>("--exploitation") { Description = "none, public-poc or active.", Required = true };
        var automatable = new Option<string>("--automatable") { Description = "yes or no.", Required = true };
        var technicalImpact = new Option<string>("--technical-impact") { Description = "partial or total.", Required = true };
        var missionWellbeing = new Option<string?>("--mission-wellbeing") { Description = "low, medium or high; or give --sector and --size-tier." };
        var sector = new Option<string?>("--sector") { Description = "The operator's sector (healthcare, water, financial, ...), to derive Mission and Well-Being Impact." };
        var sizeTier = new Option<string?>("--size-tier") { Description = "small, medium, large or national." };
        var inKev = new Option<string?>("--in-kev") { Description = "yes or no: in CISA's KEV catalog (BOD 26-04)." };
        var exposed = new Option<string?>("--publicly-exposed") { Description = "yes or no: reachable from public networks (BOD 26-04)." };
        var since = new Option<string?>("--since") { Description = "The date (YYYY-MM-DD) the inputs became true; prints the due dates." };
        var command = new Command("ssvc", "Decide with CISA's SSVC Coordinator table (and BOD 26-04 when --in-kev and --publicly-exposed are given), showing the path.")
        {
            tables, exploitation, automatable, technicalImpact, missionWellbeing, sector, sizeTier, inKev, exposed, since,
        };
        command.SetAction(async (parse, ct) =>
        {
            DateOnly? from = null;
            if (parse.GetValue(since) is { } text)
            {
                if (!DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
                {
                    await console.Error.WriteLineAsync($"--since must be a date such as 2026-11-21; got '{text}'.");
                    return ExitCodes.Usage;
                }

                from = day;
            }

            if ((parse.GetValue(inKev) is null) != (parse.GetValue(exposed) is null))
            {
                await console.Error.WriteLineAsync("BOD 26-04 needs both --in-kev and --publicly-exposed.");
                return ExitCodes.Usage;
            }

            var assessment = MissionWellbeing.Assess(parse.GetValue(sector), parse.GetValue(sizeTier),
                parse.GetValue(missionWellbeing) is { } given ? ParseImpact(given) : null);
            if (parse.GetValue(missionWellbeing) is { } g && ParseImpact(g) is null)
            {
                await console.Error.WriteLineAsync($"--mission-wellbeing must be low, medium or high; got '{g}'.");
                return ExitCodes.Usage;
            }

            if (!assessment.IsAssessed)
            {
                await console.Error.WriteLineAsync($"Mission and Well-Being Impact: give --mission-wellbeing, or --sector and --size-tier. {assessment.Error}");
                return ExitCodes.Usage;
            }

            var folder = parse.GetValue(tables)?.FullName ?? console.Environment(TablesVariable) ?? DefaultTables;
            var (tableSet, problem) = SsvcTables.Load(folder);
            if (tableSet is null)
            {
                await console.Error.WriteLineAsync($"{problem} Pass --tables DIR or set {TablesVariable}.");
                return ExitCodes.Usage;
            }

            var loaded = tableSet.All;

            var common = new List<KeyValuePair<string, string>>
            {
                new("Automatable", Value(parse.GetValue(automatable)!)),
                new("Technical Impact", Value(parse.GetValue(technicalImpact)!)),
            };
            var coordinatorInputs = common.Prepend(new("Exploitation", Value(parse.GetValue(exploitation)!)))
                .Append(new(CveSsvcAssessment.MissionWellbeingInput, assessment.Impact!.Value.ToString())).ToList();
            var coordinator = Decide(tableSet, "cisa:DT_CO:", coordinatorInputs);
            var bodInputs = parse.GetValue(inKev) is { } kev
                ? common.Prepend(new("Publicly Exposed", Value(parse.GetValue(exposed)!))).Prepend(new("In KEV", Value(kev))).ToList()
                : null;
            var bod = bodInputs is null ? null : Decide(tableSet, "cisa:DT_BOD2604:", bodInputs);

            var dueDates = new List<Due>();
            if (from is { } start)
            {
                dueDates.Add(DueDate(loaded, RemediationPolicies.ClearinghouseSsvc, coordinatorInputs, start));
                if (bodInputs is not null)
                {
                    dueDates.Add(DueDate(loaded, RemediationPolicies.Bod2604, bodInputs, start));
                }
            }

            var result = new Result(assessment.Impact.Value.ToString(), assessment.Reason, coordinator, bod, dueDates);
            var failed = coordinator.Outcome is null || bod is { Outcome: null };
            if (parse.GetValue(CliOptions.Json))
            {
                Render.WriteJson(console, result);
            }
            else
            {
                Write(console, result);
            }

            return failed ? ExitCodes.Usage : ExitCodes.Ok;
        });
        return command;
    }

    private static MissionWellbeingImpact? ParseImpact(string text) =>
        Enum.TryParse<MissionWellbeingImpact>(text, ignoreCase: true, out var impact) && Enum.IsDefined(impact) && !char.IsDigit(text[0]) ? impact : null;

    // "public-poc" reads as the table's "Public PoC"; the tables match names without regard to case.
    private static string Value(string text) => text.Replace('-', ' ');

    private static Decision Decide(SsvcTables tables, string idPrefix, List<KeyValuePair<string, string>> inputs)
    {
        var table = tables.Latest(idPrefix);
        if (table is null)
        {
            return new Decision(idPrefix + "*", null, [], [$"no table {idPrefix}* among the loaded decision tables"]);
        }

        var decision = table.Decide(inputs);
        return new Decision(table.Id, decision.Outcome?.Name, [.. decision.Path.Select(s => new PathStep(s.DecisionPoint.Name, s.Value.Name))], decision.Errors);
    }

    private static Due DueDate(IReadOnlyList<SsvcDecisionTable> tables, string policyId, List<KeyValuePair<string, string>> inputs, DateOnly since)
    {
        var load = RemediationPolicies.Load(policyId, tables);
        if (load.Value is not { } policy)
        {
            return new Due(policyId, null, null, false, string.Join("; ", load.Diagnostics));
        }

        var due = policy.DueDate(new RemediationInputs { Decision = inputs, Since = since });
        return new Due($"{policy.Id} {policy.Version}", due.Outcome, due.DueDate, due.ForensicTriage, due.ToString());
    }

    private static void Write(CliConsole console, Result result)
    {
        var ansi = console.Ansi;
        ansi.MarkupLineInterpolated($"Mission and Well-Being Impact: [bold]{result.MissionWellbeing}[/] ({result.MissionWellbeingReason})");
        foreach (var decision in new[] { result.Coordinator, result.Bod2604 })
        {
            if (decision is null)
            {
                continue;
            }

            ansi.WriteLine();
            if (decision.Outcome is { } outcome)
            {
                ansi.MarkupLineInterpolated($"{decision.Table}: [bold]{outcome}[/]");
            }
            else
            {
                ansi.MarkupLineInterpolated($"{decision.Table}: [red]no decision[/]: {string.Join("; ", decision.Errors)}");
            }

            foreach (var step in decision.Path)
            {
                ansi.WriteLine($"  {step.DecisionPoint}: {step.Value}");
            }
        }

        foreach (var due in result.DueDates)
        {
            ansi.WriteLine();
            ansi.MarkupLineInterpolated($"{due.Policy}: due [bold]{(due.DueDate is { } d ? d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : "no fixed date")}[/]{(due.ForensicTriage ? " (plus forensic triage)" : "")}");
            ansi.WriteLine($"  {due.Reason}");
        }
    }
}
