namespace Clearinghouse.Standards.Evaluation;

/// <summary>
/// The few distribution functions the intervals need, written here so that the statistics stay free of dependencies:
/// the standard normal quantile (Wichura's AS 241, about 16 significant digits) and the beta quantile by bisection on
/// the regularized incomplete beta function (continued fraction, modified Lentz).
/// </summary>
internal static class Distributions
{
    /// <summary>The z with Φ(z) = <paramref name="p"/>, for 0 &lt; p &lt; 1 (AS 241, PPND16).</summary>
    public static double NormalQuantile(double p)
    {
        var q = p - 0.5;
        if (Math.Abs(q) <= 0.425)
        {
            var r = 0.180625 - (q * q);
            return q * Polynomial(r, [3.387132872796366608, 133.14166789178437745, 1971.5909503065514427, 13731.693765509461125, 45921.953931549871457, 67265.770927008700853, 33430.575583588128105, 2509.0809287301226727])
                / Polynomial(r, [1.0, 42.313330701600911252, 687.1870074920579083, 5394.1960214247511077, 21213.794301586595867, 39307.89580009271061, 28729.085735721942674, 5226.495278852545925]);
        }

        var s = Math.Sqrt(-Math.Log(q < 0 ? p : 1 - p));
        var z = s <= 5
            ? Polynomial(s - 1.6, [1.42343711074968357734, 4.6303378461565452959, 5.7694972214606914055, 3.64784832476320460504, 1.27045825245236838258, 0.24178072517745061177, 0.0227238449892691845833, 7.7454501427834140764e-4])
                / Polynomial(s - 1.6, [1.0, 2.05319162663775882187, 1.6763848301838038494, 0.68976733498510000455, 0.14810397642748007459, 0.0151986665636164571966, 5.475938084995344946e-4, 1.05075007164441684324e-9])
            : Polynomial(s - 5, [6.6579046435011037772, 5.4637849111641143699, 1.7848265399172913358, 0.29656057182850489123, 0.026532189526576123093, 0.0012426609473880784386, 2.71155556874348757815e-5, 2.01033439929228813265e-7])
                / Polynomial(s - 5, [1.0, 0.59983220655588793769, 0.13692988092273580531, 0.0148753612908506148525, 7.868691311456132591e-4, 1.8463183175100546818e-5, 1.4215117583164458887e-7, 2.04426310338993978564e-15]);
        return q < 0 ? -z : z;
    }

    /// <summary>c₀ + c₁x + c₂x² + … by Horner's rule.</summary>
    private static double Polynomial(double x, ReadOnlySpan<double> coefficients)
    {
        var sum = 0.0;
        for (var i = coefficients.Length - 1; i >= 0; i--)
        {
            sum = (sum * x) + coefficients[i];
        }

        return sum;
    }

    /// <summary>The two-sided critical value z for a confidence level (0.95 gives 1.959963984540054).</summary>
    public static double TwoSidedZ(double confidence) => NormalQuantile(1 - ((1 - confidence) / 2));

    /// <summary>The x with I_x(a, b) = <paramref name="p"/>: bisection, which cannot fail to converge, to the last bit.</summary>
    public static double BetaQuantile(double p, double a, double b)
    {
        if (p <= 0)
        {
            return 0;
        }

        if (p >= 1)
        {
            return 1;
        }

        double low = 0, high = 1;
        for (var i = 0; i < 200; i++)
        {
            var middle = (low + high) / 2;
            if (middle <= low || middle >= high)
            {
                break;
            }

            if (RegularizedIncompleteBeta(middle, a, b) < p)
            {
                low = middle;
            }
            else
            {
                high = middle;
            }
        }

        return (low + high) / 2;
    }

    /// <summary>I_x(a, b), the CDF of Beta(a, b) at x.</summary>
    public static double RegularizedIncompleteBeta(double x, double a, double b)
    {
        if (x <= 0)
        {
            return 0;
        }

        if (x >= 1)
        {
            return 1;
        }

        var front = Math.Exp(LogGamma(a + b) - LogGamma(a) - LogGamma(b) + (a * Math.Log(x)) + (b * Math.Log(1 - x)));

        // The continued fraction converges fast only on this side of the mean; the other side comes from symmetry.
        return x < (a + 1) / (a + b + 2)
            ? front * BetaContinuedFraction(x, a, b) / a
            : 1 - (front * BetaContinuedFraction(1 - x, b, a) / b);
    }

    private static double BetaContinuedFraction(double x, double a, double b)
    {
        const double Tiny = 1e-300;
        var c = 1.0;
        var d = 1 - ((a + b) * x / (a + 1));
        d = Math.Abs(d) < Tiny ? Tiny : d;
        d = 1 / d;
        var f = d;
        for (var m = 1; m <= 10_000; m++)
        {
            var twoM = 2 * m;
            var numerator = m * (b - m) * x / ((a + twoM - 1) * (a + twoM));
            d = 1 + (numerator * d);
            d = Math.Abs(d) < Tiny ? Tiny : d;
            c = 1 + (numerator / c);
            c = Math.Abs(c) < Tiny ? Tiny : c;
            d = 1 / d;
            f *= d * c;

            numerator = -(a + m) * (a + b + m) * x / ((a + twoM) * (a + twoM + 1));
            d = 1 + (numerator * d);
            d = Math.Abs(d) < Tiny ? Tiny : d;
            c = 1 + (numerator / c);
            c = Math.Abs(c) < Tiny ? Tiny : c;
            d = 1 / d;
            var step = d * c;
            f *= step;
            if (Math.Abs(step - 1) < 1e-16)
            {
                break;
            }
        }

        return f;
    }

    /// <summary>ln Γ(x) for x &gt; 0 (Lanczos, g = 7, nine terms; about 15 significant digits).</summary>
    public static double LogGamma(double x)
    {
        if (x < 0.5)
        {
            return Math.Log(Math.PI / Math.Abs(Math.Sin(Math.PI * x))) - LogGamma(1 - x);
        }

        ReadOnlySpan<double> coefficients =
        [
            0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059,
            12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
        ];
        x -= 1;
        var sum = coefficients[0];
        for (var i = 1; i < coefficients.Length; i++)
        {
            sum += coefficients[i] / (x + i);
        }

        var t = x + 7.5;
        return (0.5 * Math.Log(2 * Math.PI)) + ((x + 0.5) * Math.Log(t)) - t + Math.Log(sum);
    }
}
