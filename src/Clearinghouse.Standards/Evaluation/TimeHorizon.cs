using System.Globalization;

namespace Clearinghouse.Standards.Evaluation;

/// <summary>
/// A difficulty-weighted capability score: the length of task, in minutes of skilled human time, that a model completes
/// with a given probability (METR's "time horizon", Kwa et al. 2025), with a bootstrap interval.
/// </summary>
/// <remarks>
/// <para>Success is regressed on ln(human minutes) by logistic regression (maximum likelihood, Newton's method with step
/// halving, a small ridge on the slope: <see cref="TimeHorizonOptions.Ridge"/>). The horizon is the length where the
/// fitted success equals <see cref="TimeHorizonOptions.SuccessLevel"/>: exp((logit(level) − β₀)/β₁). Unlike a plain
/// success rate it does not change when easy tasks are added to or removed from a suite.</para>
/// <para>The interval is a percentile bootstrap that resamples whole tasks (all attempts at a task together, since
/// epochs of one task are correlated) with a fixed seed, so it is reproducible.</para>
/// <para>Never throws on bad data: attempts with a non-positive or non-finite time, or a score outside [0, 1], are left
/// out with a diagnostic.</para>
/// </remarks>
public static class TimeHorizon
{
    /// <summary>
    /// The fewest tasks in common for which <see cref="Compare"/> gives an interval: a percentile bootstrap over fewer
    /// tasks has so few distinct resamples that its interval is not a 95% interval, so none is shown.
    /// </summary>
    public const int MinimumTasksForInterval = 10;

    /// <summary>Fits the curve and bootstraps the horizon.</summary>
    /// <param name="attempts">The scored attempts.</param>
    /// <param name="options">Level, confidence, replicates, seed and ridge; null for the defaults.</param>
    public static TimeHorizonEstimate Fit(IEnumerable<HorizonAttempt> attempts, TimeHorizonOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(attempts);
        options ??= new TimeHorizonOptions();
        var diagnostics = new List<string>();
        if (!(options.SuccessLevel > 0 && options.SuccessLevel < 1) || !(options.Confidence > 0 && options.Confidence < 1) || options.Replicates < 0 || !(options.Ridge >= 0))
        {
            diagnostics.Add("the options are out of range: the success level and the confidence are strictly between 0 and 1, replicates and ridge are not negative");
            return new TimeHorizonEstimate(null, double.NaN, double.NaN, null, null, options, 0, 0, 0, diagnostics);
        }

        var byTask = Usable(attempts, diagnostics);
        var tasks = byTask.Values.ToList();
        var rows = tasks.SelectMany(t => t).ToList();
        if (rows.Count == 0)
        {
            diagnostics.Add("no usable attempt: nothing to fit");
            return new TimeHorizonEstimate(null, double.NaN, double.NaN, null, null, options, 0, 0, 0, diagnostics);
        }

        var logitLevel = Math.Log(options.SuccessLevel / (1 - options.SuccessLevel));
        var (intercept, slope) = FitCurve(rows, options.Ridge);
        var horizon = Horizon(rows, intercept, slope, logitLevel);
        if (rows.All(r => r.Y >= 1))
        {
            diagnostics.Add("every attempt succeeded: the horizon is beyond the longest task, so it is unbounded");
        }
        else if (rows.All(r => r.Y <= 0))
        {
            diagnostics.Add("every attempt failed: the horizon is below the shortest task, so it is 0");
        }
        else if (double.IsPositiveInfinity(horizon))
        {
            diagnostics.Add("success does not fall with task length in these attempts, so the horizon is unbounded");
        }

        double? low = null, high = null;
        var unbounded = 0;
        if (options.Replicates > 0)
        {
            var random = new Random(options.Seed);
            var horizons = new double[options.Replicates];
            var sample = new List<(double X, double Y)>(rows.Count);
            for (var b = 0; b < horizons.Length; b++)
            {
                sample.Clear();
                for (var i = 0; i < tasks.Count; i++)
                {
                    sample.AddRange(tasks[random.Next(tasks.Count)]);
                }

                var (b0, b1) = FitCurve(sample, options.Ridge);
                horizons[b] = Horizon(sample, b0, b1, logitLevel);
                if (double.IsPositiveInfinity(horizons[b]))
                {
                    unbounded++;
                }
            }

            Array.Sort(horizons);
            var alpha = 1 - options.Confidence;
            low = OrderStatistic(horizons, alpha / 2);
            high = OrderStatistic(horizons, 1 - (alpha / 2));
        }

        return new TimeHorizonEstimate(horizon, intercept, slope, low, high, options, rows.Count, tasks.Count, unbounded, diagnostics);
    }

    /// <summary>
    /// How much longer one model's horizon is than another's on the same tasks: the ratio of the two horizons with a
    /// paired percentile bootstrap (each replicate resamples the tasks both were scored on and fits both models on that
    /// same resample), so task difficulty that both share does not widen the interval. A ratio, not a difference:
    /// horizons are compared on a log scale ("twice as long"). Tasks only one side has are left out, with a note.
    /// </summary>
    /// <param name="mine">The attempts of the model the ratio is about (the numerator).</param>
    /// <param name="theirs">The attempts of the model it is compared with (the denominator).</param>
    /// <param name="options">As for <see cref="Fit"/>.</param>
    public static TimeHorizonRatio Compare(IEnumerable<HorizonAttempt> mine, IEnumerable<HorizonAttempt> theirs, TimeHorizonOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(mine);
        ArgumentNullException.ThrowIfNull(theirs);
        options ??= new TimeHorizonOptions();
        var notes = new List<string>();
        var mineByTask = Usable(mine, null);
        var theirsByTask = Usable(theirs, null);
        var common = mineByTask.Keys.Where(theirsByTask.ContainsKey).Order(StringComparer.Ordinal).ToList();
        var onlyOne = mineByTask.Count + theirsByTask.Count - (2 * common.Count);
        if (onlyOne > 0)
        {
            notes.Add(string.Create(CultureInfo.InvariantCulture, $"{onlyOne} task(s) scored on one side only are left out of the comparison"));
        }

        if (common.Count == 0)
        {
            notes.Add("no task was scored on both sides: nothing to compare");
            return new TimeHorizonRatio(null, null, null, common.Count, 0, notes);
        }

        var logitLevel = Math.Log(options.SuccessLevel / (1 - options.SuccessLevel));
        var mineRows = common.SelectMany(t => mineByTask[t]).ToList();
        var theirRows = common.SelectMany(t => theirsByTask[t]).ToList();
        var ratio = LogRatio(mineRows, theirRows, options.Ridge, logitLevel);
        if (double.IsNaN(ratio))
        {
            notes.Add("both horizons are unbounded, or both are 0, on the common tasks: their ratio is undefined");
        }
        else if (double.IsPositiveInfinity(ratio))
        {
            notes.Add("this model's horizon is unbounded, or the other's is 0, on the common tasks: the ratio is unbounded");
        }

        double? low = null, high = null;
        var undefined = 0;
        if (options.Replicates > 0 && common.Count < MinimumTasksForInterval)
        {
            notes.Add(string.Create(CultureInfo.InvariantCulture, $"{common.Count} task(s) in common are fewer than the {MinimumTasksForInterval} a bootstrap interval needs: no interval, so no difference is shown"));
        }
        else if (options.Replicates > 0)
        {
            var random = new Random(options.Seed);
            var ratios = new List<double>(options.Replicates);
            var sampleMine = new List<(double X, double Y)>(mineRows.Count);
            var sampleTheirs = new List<(double X, double Y)>(theirRows.Count);
            for (var r = 0; r < options.Replicates; r++)
            {
                sampleMine.Clear();
                sampleTheirs.Clear();
                for (var i = 0; i < common.Count; i++)
                {
                    var task = common[random.Next(common.Count)];
                    sampleMine.AddRange(mineByTask[task]);
                    sampleTheirs.AddRange(theirsByTask[task]);
                }

                var replicate = LogRatio(sampleMine, sampleTheirs, options.Ridge, logitLevel);
                if (double.IsNaN(replicate))
                {
                    undefined++;
                }
                else
                {
                    ratios.Add(replicate);
                }
            }

            if (undefined > 0)
            {
                notes.Add(string.Create(CultureInfo.InvariantCulture, $"{undefined} of {options.Replicates} bootstrap replicates had an undefined ratio (both horizons unbounded or both 0) and are left out"));
            }

            if (ratios.Count > 0)
            {
                var sorted = ratios.ToArray();
                Array.Sort(sorted);
                var alpha = 1 - options.Confidence;
                low = Math.Exp(OrderStatistic(sorted, alpha / 2));
                high = Math.Exp(OrderStatistic(sorted, 1 - (alpha / 2)));
            }
        }

        return new TimeHorizonRatio(double.IsNaN(ratio) ? null : Math.Exp(ratio), low, high, common.Count, undefined, notes);
    }

    /// <summary>ln(horizon of a) − ln(horizon of b): +∞ when only a's is unbounded or only b's is 0, NaN when undefined.</summary>
    private static double LogRatio(List<(double X, double Y)> a, List<(double X, double Y)> b, double ridge, double logitLevel)
    {
        var (a0, a1) = FitCurve(a, ridge);
        var (b0, b1) = FitCurve(b, ridge);
        return Math.Log(Horizon(a, a0, a1, logitLevel)) - Math.Log(Horizon(b, b0, b1, logitLevel));
    }

    /// <summary>
    /// The usable attempts by task, as (ln minutes, score): a positive finite human time and a score in [0, 1]. Each attempt
    /// left out is said in <paramref name="diagnostics"/>, when given.
    /// </summary>
    private static Dictionary<string, List<(double X, double Y)>> Usable(IEnumerable<HorizonAttempt> attempts, List<string>? diagnostics)
    {
        var byTask = new Dictionary<string, List<(double X, double Y)>>(StringComparer.Ordinal);
        var index = 0;
        foreach (var attempt in attempts)
        {
            var at = index++;
            if (!double.IsFinite(attempt.HumanMinutes) || attempt.HumanMinutes <= 0)
            {
                diagnostics?.Add(string.Create(CultureInfo.InvariantCulture, $"attempt {at} (task {attempt.Task}): the human time must be a positive number of minutes; left out"));
                continue;
            }

            if (!(attempt.Score >= 0 && attempt.Score <= 1))
            {
                diagnostics?.Add(string.Create(CultureInfo.InvariantCulture, $"attempt {at} (task {attempt.Task}): the score must be between 0 and 1; left out"));
                continue;
            }

            var task = attempt.Task ?? "";
            (byTask.TryGetValue(task, out var list) ? list : byTask[task] = []).Add((Math.Log(attempt.HumanMinutes), attempt.Score));
        }

        return byTask;
    }

    private static double OrderStatistic(double[] sorted, double q)
    {
        var rank = (int)Math.Ceiling(q * sorted.Length) - 1;
        return sorted[Math.Clamp(rank, 0, sorted.Length - 1)];
    }

    private static double Horizon(List<(double X, double Y)> rows, double intercept, double slope, double logitLevel)
    {
        if (rows.All(r => r.Y >= 1))
        {
            return double.PositiveInfinity;
        }

        if (rows.All(r => r.Y <= 0))
        {
            return 0;
        }

        return slope < 0 ? Math.Exp((logitLevel - intercept) / slope) : double.PositiveInfinity;
    }

    /// <summary>
    /// Maximizes Σ[y·η − ln(1 + e^η)] − λ/2·β₁² with η = β₀ + β₁·x, on x centred for a well-conditioned Hessian; returns
    /// (β₀, β₁) for the uncentred x.
    /// </summary>
    private static (double Intercept, double Slope) FitCurve(List<(double X, double Y)> rows, double ridge)
    {
        var centre = rows.Average(r => r.X);
        double a = 0, b = 0;
        var objective = Objective(rows, centre, a, b, ridge);
        for (var iteration = 0; iteration < 200; iteration++)
        {
            double ga = 0, gb = -ridge * b, haa = 0, hab = 0, hbb = ridge;
            foreach (var (x, y) in rows)
            {
                var d = x - centre;
                var p = 1 / (1 + Math.Exp(-(a + (b * d))));
                var w = p * (1 - p);
                ga += y - p;
                gb += (y - p) * d;
                haa += w;
                hab += w * d;
                hbb += w * d * d;
            }

            // A tiny ridge on the intercept too keeps the 2x2 system solvable when every outcome is the same.
            haa += 1e-9;
            var determinant = (haa * hbb) - (hab * hab);
            if (!(determinant > 0))
            {
                break;
            }

            var stepA = ((hbb * ga) - (hab * gb)) / determinant;
            var stepB = ((haa * gb) - (hab * ga)) / determinant;
            var scale = 1.0;
            double next;
            while (true)
            {
                next = Objective(rows, centre, a + (scale * stepA), b + (scale * stepB), ridge);
                if (next >= objective || scale < 1e-8)
                {
                    break;
                }

                scale /= 2;
            }

            if (next < objective)
            {
                break;
            }

            a += scale * stepA;
            b += scale * stepB;
            var moved = Math.Abs(scale * stepA) + Math.Abs(scale * stepB);
            objective = next;
            if (moved < 1e-12 || Math.Abs(a) > 1e6)
            {
                break;
            }
        }

        return (a - (b * centre), b);
    }

    private static double Objective(List<(double X, double Y)> rows, double centre, double a, double b, double ridge)
    {
        var sum = -ridge / 2 * b * b;
        foreach (var (x, y) in rows)
        {
            var eta = a + (b * (x - centre));

            // ln(1 + e^η) without overflow.
            var softplus = eta > 0 ? eta + double.LogP1(Math.Exp(-eta)) : double.LogP1(Math.Exp(eta));
            sum += (y * eta) - softplus;
        }

        return sum;
    }
}
