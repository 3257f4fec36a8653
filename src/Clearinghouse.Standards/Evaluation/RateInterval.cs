using System.Globalization;

namespace Clearinghouse.Standards.Evaluation;

/// <summary>A two-sided confidence interval for a proportion (a success rate), both ends in [0, 1].</summary>
/// <param name="Low">The lower end.</param>
/// <param name="High">The upper end.</param>
/// <param name="Confidence">The confidence level it was computed for, e.g. 0.95.</param>
public readonly record struct RateInterval(double Low, double High, double Confidence)
{
    /// <summary><c>[0.0836, 0.3205] (95%)</c>.</summary>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"[{Low:0.####}, {High:0.####}] ({Confidence:0.##%})");
}
