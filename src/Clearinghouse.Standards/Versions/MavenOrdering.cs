namespace Clearinghouse.Standards.Versions;

/// <summary>
/// Maven's version order, as the POM reference's "Version Order Specification" states it (the rules of Maven's
/// ComparableVersion): tokens split at <c>.</c>, <c>-</c> and digit/letter transitions (a transition counts as <c>-</c>);
/// trailing null tokens (0, "", final, ga, release) trimmed before each hyphen; the shorter version padded with nulls;
/// numbers by value; qualifiers alpha &lt; beta &lt; milestone &lt; rc = cr &lt; snapshot &lt; "" &lt; sp &lt; others
/// (alphabetically); and <c>.qualifier &lt; -qualifier &lt; -number &lt; .number</c>. Every string is valid.
/// </summary>
public sealed class MavenOrdering : IVersionOrdering
{
    private static readonly string[] Qualifiers = ["alpha", "beta", "milestone", "rc", "snapshot", "", "sp"];

    /// <summary>The one instance.</summary>
    public static MavenOrdering Instance { get; } = new();

    /// <inheritdoc/>
    public string Rules => "Maven";

    /// <inheritdoc/>
    public bool IsValid(string version) => true;

    /// <inheritdoc/>
    public bool TryCompare(string left, string right, out int order)
    {
        order = Compare(ReadKey(left), ReadKey(right));
        return true;
    }

    /// <inheritdoc/>
    public VersionKey ReadKey(string version) => new Key(version, [.. Tokenize(version)]);

    /// <inheritdoc/>
    public int Compare(VersionKey left, VersionKey right)
    {
        var a = VersionKey.Of<Key>(left, this).Tokens;
        var b = VersionKey.Of<Key>(right, this).Tokens;
        var order = 0;
        for (var i = 0; i < Math.Max(a.Length, b.Length) && order == 0; i++)
        {
            order = (i < a.Length, i < b.Length) switch
            {
                (true, true) => Compare(a[i], b[i]),
                (true, false) => CompareWithNull(a[i]),
                _ => -CompareWithNull(b[i]),
            };
        }

        return Math.Sign(order);
    }

    private static int Compare(Token a, Token b)
    {
        if (a.Separator != b.Separator)
        {
            return Kind(a).CompareTo(Kind(b));
        }

        return (a.IsNumber, b.IsNumber) switch
        {
            (true, true) => VersionText.CompareDigits(a.Value, b.Value),
            (true, false) => 1,
            (false, true) => -1,
            _ => CompareQualifiers(a.Value, b.Value),
        };
    }

    // A padding null has the token's own separator: 0 against a number, "" (a release) against a qualifier.
    private static int CompareWithNull(Token token) =>
        token.IsNumber ? VersionText.CompareDigits(token.Value, "0") : CompareQualifiers(token.Value, string.Empty);

    private static int CompareQualifiers(string a, string b)
    {
        var x = Array.IndexOf(Qualifiers, a);
        var y = Array.IndexOf(Qualifiers, b);
        return (x, y) switch
        {
            (< 0, < 0) => string.CompareOrdinal(a, b),
            (< 0, _) => 1,
            (_, < 0) => -1,
            _ => x.CompareTo(y),
        };
    }

    private static int Kind(Token token) => (token.Separator, token.IsNumber) switch
    {
        ('.', false) => 0,
        ('-', false) => 1,
        ('-', true) => 2,
        _ => 3,
    };

    private static List<Token> Tokenize(string version)
    {
        var tokens = new List<Token>();
        var text = version.Trim().ToLowerInvariant();
        var separator = '.';
        var start = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i < text.Length && text[i] is not ('.' or '-'))
            {
                // A switch between digits and letters ends a token too, and counts as a hyphen.
                if (i > start && char.IsAsciiDigit(text[i]) != char.IsAsciiDigit(text[i - 1]))
                {
                    tokens.Add(Make(separator, text[start..i], followedByDigit: char.IsAsciiDigit(text[i])));
                    separator = '-';
                    start = i;
                }

                continue;
            }

            tokens.Add(Make(separator, text[start..i], followedByDigit: false));
            if (i < text.Length)
            {
                separator = text[i];
            }

            start = i + 1;
        }

        Trim(tokens);
        return tokens;
    }

    private static Token Make(char separator, string value, bool followedByDigit)
    {
        value = value switch
        {
            "" => "0",
            "cr" => "rc",
            "ga" or "final" or "release" => string.Empty,
            "a" when followedByDigit => "alpha",
            "b" when followedByDigit => "beta",
            "m" when followedByDigit => "milestone",
            _ => value,
        };
        var isNumber = VersionText.IsDigits(value);
        return new Token(separator, isNumber ? value.TrimStart('0') is { Length: > 0 } v ? v : "0" : value, isNumber);
    }

    // Remove trailing nulls at the end, then again before each remaining hyphen, from the end to the start.
    private static void Trim(List<Token> tokens)
    {
        var i = tokens.Count - 1;
        while (i > 0)
        {
            if (tokens[i].IsNull)
            {
                tokens.RemoveAt(i);
                i--;
                continue;
            }

            while (i >= 0 && tokens[i].Separator != '-')
            {
                i--;
            }

            i--;
        }
    }

    private readonly record struct Token(char Separator, string Value, bool IsNumber)
    {
        public bool IsNull => Value is "0" or "";
    }

    private sealed class Key(string version, Token[] tokens) : VersionKey(Instance, version)
    {
        public Token[] Tokens { get; } = tokens;
    }
}
