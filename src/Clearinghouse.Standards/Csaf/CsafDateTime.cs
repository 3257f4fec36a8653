using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.Json.Serialization;

namespace Clearinghouse.Standards.Csaf;

/// <summary>
/// A CSAF date-time (RFC 3339 <c>date-time</c>, e.g. <c>2022-03-17T13:03:42.105Z</c>). The text is kept as written, so
/// a document round-trips exactly; <see cref="Value"/> is the instant it names.
/// </summary>
[JsonConverter(typeof(CsafDateTimeConverter))]
public readonly record struct CsafDateTime
{
    private readonly string? text;

    private CsafDateTime(string text, DateTimeOffset value)
    {
        this.text = text;
        Value = value;
    }

    /// <summary>The instant.</summary>
    public DateTimeOffset Value { get; }

    /// <summary>The date-time of an instant, written as RFC 3339 with <c>Z</c> for UTC and milliseconds only when there are any.</summary>
    public static CsafDateTime From(DateTimeOffset value)
    {
        var utc = value.ToUniversalTime();
        var format = utc.Millisecond == 0 && utc.Ticks % TimeSpan.TicksPerMillisecond == 0 ? "yyyy-MM-dd'T'HH:mm:ss'Z'" : "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'";
        return new CsafDateTime(utc.ToString(format, CultureInfo.InvariantCulture), utc);
    }

    /// <summary>Reads an RFC 3339 date-time: a date, <c>T</c>, a time with optional fraction, and <c>Z</c> or an offset.</summary>
    public static bool TryParse([NotNullWhen(true)] string? text, out CsafDateTime value)
    {
        value = default;
        // RFC 3339 needs the date, the time and the offset; .NET alone would also take "2022-03-17" or a local time.
        if (text is null || text.Length < 20 || text[10] is not ('T' or 't') || !(text[^1] is 'Z' or 'z' || text[^6] is '+' or '-'))
        {
            return false;
        }

        if (!DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var instant))
        {
            return false;
        }

        value = new CsafDateTime(text, instant);
        return true;
    }

    /// <summary>Reads an RFC 3339 date-time or throws <see cref="FormatException"/>.</summary>
    public static CsafDateTime Parse(string text) =>
        TryParse(text, out var value) ? value : throw new FormatException($"'{text}' is not an RFC 3339 date-time.");

    /// <summary>The date-time as written.</summary>
    public override string ToString() => text ?? From(Value).ToString();
}
