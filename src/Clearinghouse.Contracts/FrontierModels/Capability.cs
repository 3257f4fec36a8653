namespace Clearinghouse.Contracts.FrontierModels;

/// <summary>
/// What the runs the caller may read say about a model's cyber capability. Runs are grouped by their elicitation
/// conditions and catalogue version, never pooled across them; every figure is an estimate with its 95% interval.
/// </summary>
/// <param name="ModelId">The model (one registered version).</param>
/// <param name="Name">Its name.</param>
/// <param name="Version">Its version.</param>
/// <param name="Banner">The banner of the highest marking of the model and of every run the page draws on.</param>
/// <param name="Groups">One group per elicitation conditions and catalogue version.</param>
/// <param name="Comparison">The comparison with another version, when one was asked for.</param>
public sealed record CapabilityView(Guid ModelId, string Name, string Version, string Banner, IReadOnlyList<CapabilityGroupView> Groups, CapabilityComparisonView? Comparison);

/// <summary>The figures of the runs made under one set of elicitation conditions against one catalogue version.</summary>
/// <param name="Conditions">The elicitation conditions every figure here comes from.</param>
/// <param name="CatalogueVersion">The catalogue version the runs used.</param>
/// <param name="RunIds">The runs pooled (identical conditions and catalogue version).</param>
/// <param name="ScoredSamples">Attempts with a pass/fail score: the only ones counted.</param>
/// <param name="UnscoredSamples">Attempts recorded without a score, counted nowhere.</param>
/// <param name="Overall">The success rate over every task, clustered by task family.</param>
/// <param name="ByCategory">The success rate per task category.</param>
/// <param name="ByDifficulty">The success rate per difficulty.</param>
/// <param name="PassAtK">pass@k for k from 1 to the attempts per task, when tasks have several attempts.</param>
/// <param name="TimeHorizon">The 50% time horizon against human first-solve time.</param>
/// <param name="Banner">The banner of the highest marking of these runs.</param>
public sealed record CapabilityGroupView(
    ElicitationConditions Conditions,
    int CatalogueVersion,
    IReadOnlyList<Guid> RunIds,
    int ScoredSamples,
    int UnscoredSamples,
    RateFigureView Overall,
    IReadOnlyList<RateFigureView> ByCategory,
    IReadOnlyList<RateFigureView> ByDifficulty,
    IReadOnlyList<PassAtKFigureView> PassAtK,
    TimeHorizonFigureView TimeHorizon,
    string Banner);

/// <summary>A success rate with its family-clustered Wilson interval.</summary>
/// <param name="Of">What it counts: <c>all</c>, a category or a difficulty (wire names).</param>
/// <param name="Successes">Solved attempts.</param>
/// <param name="Trials">Scored attempts.</param>
/// <param name="Families">Task families (the clusters).</param>
/// <param name="Rate">Successes / trials; null without a trial.</param>
/// <param name="Ci95">The 95% interval [low, high]; [0, 1] without a trial.</param>
/// <param name="DesignEffect">The cluster design effect the interval was widened by (at least 1).</param>
/// <param name="Note">Why the interval may be optimistic (e.g. fewer than two families), if it may.</param>
public sealed record RateFigureView(string Of, int Successes, int Trials, int Families, double? Rate, IReadOnlyList<double> Ci95, double DesignEffect, string? Note);

/// <summary>The mean unbiased pass@k over tasks with at least k scored attempts, with its interval.</summary>
/// <param name="K">Attempts allowed.</param>
/// <param name="Tasks">Tasks counted.</param>
/// <param name="Estimate">The mean pass@k; null without a task.</param>
/// <param name="Ci95">Wilson's 95% interval over tasks [low, high].</param>
/// <param name="LeftOut">Tasks with fewer than k scored attempts.</param>
public sealed record PassAtKFigureView(int K, int Tasks, double? Estimate, IReadOnlyList<double> Ci95, int LeftOut);

/// <summary>
/// The task length, in minutes of human first-solve time, at which the fitted success is 50% (logistic fit of success on
/// ln minutes), with its 95% bootstrap interval over tasks. A minutes value is null when it is unbounded (success does
/// not fall with task length, e.g. every attempt solved) or when nothing could be fitted (<paramref name="Estimated"/> false).
/// </summary>
/// <param name="Estimated">Whether there were attempts at tasks with a first-solve time to fit.</param>
/// <param name="Attempts">Attempts fitted.</param>
/// <param name="Tasks">Tasks fitted.</param>
/// <param name="Minutes">The horizon.</param>
/// <param name="LowMinutes">The interval's lower end.</param>
/// <param name="HighMinutes">The interval's upper end.</param>
/// <param name="Notes">Degenerate fits and attempts left out.</param>
public sealed record TimeHorizonFigureView(bool Estimated, int Attempts, int Tasks, double? Minutes, double? LowMinutes, double? HighMinutes, IReadOnlyList<string> Notes);

/// <summary>A comparison of two model versions: differences with intervals, only between runs under the same conditions.</summary>
/// <param name="OtherModelId">The version compared with.</param>
/// <param name="OtherName">Its name.</param>
/// <param name="OtherVersion">Its version.</param>
/// <param name="OtherGroups">Its own figures, grouped as the model's.</param>
/// <param name="Differences">One per pair of groups whose conditions are the same apart from the model's name.</param>
/// <param name="Notes">Why groups could not be paired, if any could not.</param>
public sealed record CapabilityComparisonView(
    Guid OtherModelId, string OtherName, string OtherVersion, IReadOnlyList<CapabilityGroupView> OtherGroups, IReadOnlyList<CapabilityDifferenceView> Differences, IReadOnlyList<string> Notes);

/// <summary>
/// This model's rates minus the other's, under the same elicitation conditions (apart from the model's name), over the
/// tasks both were scored on. Newcombe's hybrid score interval on the clustered intervals; a difference is shown only with it.
/// </summary>
/// <param name="Conditions">This model's conditions.</param>
/// <param name="CatalogueVersion">This model's catalogue version.</param>
/// <param name="OtherCatalogueVersion">The other's.</param>
/// <param name="CommonTasks">Tasks both were scored on: the only ones compared.</param>
/// <param name="Overall">The difference over all common tasks.</param>
/// <param name="ByCategory">Per category.</param>
/// <param name="ByDifficulty">Per difficulty.</param>
/// <param name="TimeHorizon">Each side's time horizon on the common tasks (this model first).</param>
/// <param name="TimeHorizonRatio">This model's horizon over the other's on the common tasks, with a paired bootstrap interval.</param>
public sealed record CapabilityDifferenceView(
    ElicitationConditions Conditions,
    int CatalogueVersion,
    int OtherCatalogueVersion,
    int CommonTasks,
    DifferenceFigureView Overall,
    IReadOnlyList<DifferenceFigureView> ByCategory,
    IReadOnlyList<DifferenceFigureView> ByDifficulty,
    IReadOnlyList<TimeHorizonFigureView> TimeHorizon,
    TimeHorizonRatioView TimeHorizonRatio);

/// <summary>
/// How many times longer this model's time horizon is than the other's, over the tasks both were scored on, with a 95%
/// paired percentile bootstrap interval (each replicate resamples the common tasks and refits both models on them).
/// Horizons compare as a ratio because they live on a log scale. A value is null when it is undefined or unbounded.
/// </summary>
/// <param name="Ratio">This model's horizon over the other's.</param>
/// <param name="Ci95">The 95% interval [low, high]; an end is null when unbounded, both when there is no interval (fewer than
/// ten tasks in common, said in the notes).</param>
/// <param name="ExcludesOne">Whether the interval lies wholly above or below 1: only then do the horizons differ on this evidence.</param>
/// <param name="Notes">Tasks left out, undefined replicates, degenerate fits.</param>
public sealed record TimeHorizonRatioView(double? Ratio, IReadOnlyList<double?> Ci95, bool ExcludesOne, IReadOnlyList<string> Notes);

/// <summary>A difference of two success rates with its 95% interval.</summary>
/// <param name="Of">What it counts: <c>all</c>, a category or a difficulty.</param>
/// <param name="Difference">This model's rate minus the other's.</param>
/// <param name="Ci95">The 95% interval [low, high].</param>
/// <param name="ExcludesZero">Whether the interval excludes 0: only then do the versions differ on this evidence.</param>
public sealed record DifferenceFigureView(string Of, double Difference, IReadOnlyList<double> Ci95, bool ExcludesZero);
