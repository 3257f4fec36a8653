using System.CommandLine;
using System.Globalization;
using Clearinghouse.Contracts.FrontierModels;
using Spectre.Console;

namespace Clearinghouse.Cli.Commands;

/// <summary>
/// <c>frontier capability MODEL [--compare OTHER]</c>: a model's success rates per category and difficulty with their 95%
/// intervals, pass@k and time horizon, one block per elicitation conditions, and with <c>--compare</c> the differences
/// from another version with their intervals. Exit 0 shown, 2 bad ids, 1 refused (not visible), 3 server.
/// </summary>
public static class FrontierCapabilityCommand
{
    public static Command Build(CliConsole console)
    {
        var model = new Argument<Guid>("model") { Description = "The model's id (one registered version)." };
        var compare = new Option<Guid?>("--compare") { Description = "Another version's id: show the differences, under the same conditions, with their intervals." };
        var command = new Command("capability", "A model's measured capability from the runs you may read, with intervals, grouped by elicitation conditions.") { model, compare };
        command.SetAction(async (parse, ct) =>
        {
            var path = $"/api/frontier/models/{parse.GetValue(model)}/capability" + (parse.GetValue(compare) is { } other ? $"?compare={other}" : "");
            return await Remote.RunAsync<CapabilityView>(console, parse, c => c.GetAsync<CapabilityView>(path, ct), Show);
        });
        return command;
    }

    private static void Show(IAnsiConsole ansi, CapabilityView view)
    {
        ansi.WriteLine(view.Banner);
        ansi.WriteLine($"{view.Name} {view.Version} ({view.ModelId})");
        if (view.Groups.Count == 0)
        {
            ansi.WriteLine("No run of this model that you may read.");
        }

        foreach (var group in view.Groups)
        {
            ShowGroup(ansi, group);
        }

        if (view.Comparison is { } comparison)
        {
            ansi.WriteLine($"Compared with {comparison.OtherName} {comparison.OtherVersion} ({comparison.OtherModelId}):");
            foreach (var difference in comparison.Differences)
            {
                ansi.WriteLine($"  conditions: {Conditions(difference.Conditions)}; catalogue {difference.CatalogueVersion} vs {difference.OtherCatalogueVersion}; {difference.CommonTasks} common task(s)");
                Render.Table(ansi, difference.ByCategory.Prepend(difference.Overall).Concat(difference.ByDifficulty)
                    .Select(d => new { d.Of, Difference = Number(d.Difference), Ci95 = Interval(d.Ci95), d.ExcludesZero }).ToList());
                var ratio = difference.TimeHorizonRatio;
                ansi.WriteLine($"  time horizon, this over the other: {(ratio.Ratio is { } r ? Number(r) + "x" : "undefined")}, 95% interval "
                    + $"[{(ratio.Ci95[0] is { } low ? Number(low) : "unbounded")}, {(ratio.Ci95[1] is { } high ? Number(high) : "unbounded")}]{(ratio.ExcludesOne ? "" : ", which includes 1: no difference shown")}");
                foreach (var note in ratio.Notes)
                {
                    ansi.WriteLine("    " + note);
                }
            }

            foreach (var note in comparison.Notes)
            {
                ansi.WriteLine("  " + note);
            }
        }

        ansi.WriteLine(view.Banner);
    }

    private static void ShowGroup(IAnsiConsole ansi, CapabilityGroupView group)
    {
        ansi.WriteLine($"Conditions: {Conditions(group.Conditions)}; catalogue version {group.CatalogueVersion}; {group.ScoredSamples} scored, {group.UnscoredSamples} unscored attempt(s); {group.Banner}");
        Render.Table(ansi, group.ByCategory.Prepend(group.Overall).Concat(group.ByDifficulty)
            .Select(r => new { r.Of, r.Successes, r.Trials, r.Families, Rate = r.Rate is { } rate ? Number(rate) : "-", Ci95 = Interval(r.Ci95) }).ToList());
        if (group.PassAtK.Count > 0)
        {
            Render.Table(ansi, group.PassAtK.Select(p => new { p.K, p.Tasks, Estimate = p.Estimate is { } e ? Number(e) : "-", Ci95 = Interval(p.Ci95) }).ToList());
        }

        var horizon = group.TimeHorizon;
        ansi.WriteLine(horizon.Estimated
            ? $"50% time horizon: {Minutes(horizon.Minutes)} [{Minutes(horizon.LowMinutes)}, {Minutes(horizon.HighMinutes)}] over {horizon.Tasks} task(s)"
            : "50% time horizon: no attempt at a task with a first-solve time");
    }

    private static string Conditions(ElicitationConditions c) =>
        $"{c.Model}, {c.Scaffold}, {c.Epochs} epoch(s), safeguards {(c.SafeguardsEnabled ? "on" : "off")}";

    private static string Number(double value) => value.ToString("0.###", CultureInfo.InvariantCulture);

    private static string Interval(IReadOnlyList<double> bounds) => $"[{Number(bounds[0])}, {Number(bounds[1])}]";

    private static string Minutes(double? minutes) => minutes is { } m ? m.ToString("0.#", CultureInfo.InvariantCulture) + " min" : "unbounded";
}
