namespace Clearinghouse.Scans.Indexes;

/// <summary>
/// A name in a hierarchy, written root first with a separator after every segment so that a name's descendants are exactly
/// the strings it prefixes: <c>dns:org.example.www.</c> (domain labels reversed), <c>repo:github.com/acme/app/</c>,
/// <c>pkg:npm/@acme/left-pad/</c>. Domain names separate with '.', everything else with '/'.
/// </summary>
public readonly record struct NamePath : IPrefixKey<NamePath>
{
    public NamePath(string value)
    {
        ArgumentException.ThrowIfNullOrEmpty(value);
        Value = value;
    }

    public string Value { get; }

    private char Separator => Value.StartsWith("dns:", StringComparison.Ordinal) ? '.' : '/';

    public int Depth => Value.AsSpan().Count(Separator);

    public NamePath LastDescendant => new(Value + char.MaxValue);

    public NamePath AncestorAt(int depth)
    {
        var separator = Separator;
        var seen = 0;
        for (var i = 0; i < Value.Length; i++)
        {
            if (Value[i] == separator && ++seen == depth)
            {
                return i == Value.Length - 1 ? this : new NamePath(Value[..(i + 1)]);
            }
        }

        return this;
    }

    public bool Covers(NamePath other) => other.Value.StartsWith(Value, StringComparison.Ordinal);

    public bool Overlaps(NamePath other) => Covers(other) || other.Covers(this);

    public int CompareTo(NamePath other) => string.CompareOrdinal(Value, other.Value);

    public bool Equals(NamePath other) => string.Equals(Value, other.Value, StringComparison.Ordinal);

    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Value);

    public override string ToString() => Value;

    public static bool operator <(NamePath left, NamePath right) => left.CompareTo(right) < 0;

    public static bool operator <=(NamePath left, NamePath right) => left.CompareTo(right) <= 0;

    public static bool operator >(NamePath left, NamePath right) => left.CompareTo(right) > 0;

    public static bool operator >=(NamePath left, NamePath right) => left.CompareTo(right) >= 0;
}
