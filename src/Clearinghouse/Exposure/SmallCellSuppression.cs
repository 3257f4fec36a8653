using System.Globalization;
using Clearinghouse.Contracts.Exposure;

namespace Clearinghouse.Exposure;

/// <summary>
/// The disclosure rule of every aggregate the clearinghouse shows to operators (docs/adr/014): a number is published
/// only when at least k organizations contribute to it. A zero, to which no organization contributes, is published. A
/// group that would be the only one withheld in its breakdown takes the next smallest group with it, so that it cannot
/// be worked out as the total minus the others.
/// </summary>
internal static class SmallCellSuppression
{
    /// <summary>A sum over organizations' values.</summary>
    public static Figure Sum(IReadOnlyCollection<int> perOrganization, int k)
    {
        var contributors = perOrganization.Count(v => v > 0);
        return contributors == 0 ? Figure.Of(0)
            : contributors < k ? Withheld(k)
            : Figure.Of(perOrganization.Sum());
    }

    /// <summary>The number of organizations with anything to count.</summary>
    public static Figure Organizations(int organizations, int k) =>
        organizations == 0 ? Figure.Of(0) : organizations < k ? Withheld(k) : Figure.Of(organizations);

    /// <summary>The median of values pooled from organizations (one list per organization).</summary>
    public static Figure Median(IReadOnlyCollection<IReadOnlyList<double>> perOrganization, int k)
    {
        var contributors = perOrganization.Count(v => v.Count > 0);
        if (contributors == 0)
        {
            return new Figure(null, false, "nothing remediated yet");
        }

        if (contributors < k)
        {
            return Withheld(k);
        }

        var all = perOrganization.SelectMany(v => v).Order().ToList();
        var middle = all.Count / 2;
        return Figure.Of(Math.Round(all.Count % 2 == 1 ? all[middle] : (all[middle - 1] + all[middle]) / 2, 1));
    }

    /// <summary>
    /// Secondary suppression over one breakdown: where exactly one group's figure is withheld, the published group with
    /// the smallest figure is withheld too.
    /// </summary>
    public static void Complement<TRow>(List<TRow> rows, Func<TRow, Figure> get, Func<TRow, Figure, TRow> set)
    {
        var withheld = rows.Count(r => get(r).Suppressed);
        if (withheld != 1)
        {
            return;
        }

        var smallest = rows.Select((r, i) => (Row: r, Index: i)).Where(x => !get(x.Row).Suppressed && get(x.Row).Value is not null)
            .OrderBy(x => get(x.Row).Value).FirstOrDefault();
        if (smallest.Row is not null)
        {
            rows[smallest.Index] = set(smallest.Row, Figure.Withheld("withheld so that another withheld group cannot be worked out from the total"));
        }
    }

    private static Figure Withheld(int k) =>
        Figure.Withheld(string.Create(CultureInfo.InvariantCulture, $"suppressed: fewer than {k} organizations contribute"));
}
