namespace Clearinghouse.Standards.Versions;

/// <summary>
/// Alpine's version order, as apk-tools compares package versions: numbers separated by dots (a number after a dot
/// with a leading zero compares as a string-like fraction), an optional letter, suffixes (<c>_alpha &lt; _beta &lt; _pre
/// &lt; _rc &lt;</c> none <c>&lt; _cvs &lt; _svn &lt; _git &lt; _hg &lt; _p</c>, each with an optional number), an optional
/// <c>~hash</c>, and a <c>-rN</c> package revision. Token by token; where one version ends first, the other is greater
/// unless what follows is a pre-release suffix. Where a version stops being readable and the two are equal up to there, they are compared as text.
/// </summary>
public sealed class AlpineOrdering : IVersionOrdering
{
    private static readonly string[] PreSuffixes = ["alpha", "beta", "pre", "rc"];
    private static readonly string[] PostSuffixes = ["cvs", "svn", "git", "hg", "p"];

    /// <summary>The one instance.</summary>
    public static AlpineOrdering Instance { get; } = new();

    private enum Kind
    {
        Invalid = -1,
        DigitOrZero = 0,
        Digit = 1,
        Letter = 2,
        Suffix = 3,
        SuffixNumber = 4,
        CommitHash = 5,
        Revision = 6,
        End = 7,
    }

    /// <inheritdoc/>
    public string Rules => "Alpine (apk)";

    /// <inheritdoc/>
    public bool IsValid(string version) => Valid(version.Trim());

    /// <inheritdoc/>
    public bool TryCompare(string left, string right, out int order)
    {
        order = CompareText(left.Trim(), right.Trim());
        return true;
    }

    /// <inheritdoc/>
    public VersionKey ReadKey(string version)
    {
        var text = version.Trim();
        return new Key(version, text, Valid(text));
    }

    /// <inheritdoc/>
    public int Compare(VersionKey left, VersionKey right) => CompareText(VersionKey.Of<Key>(left, this).Text, VersionKey.Of<Key>(right, this).Text);

    private static bool Valid(string text)
    {
        var reader = new Reader(text);
        var kind = Kind.Digit;
        while (kind is not (Kind.End or Kind.Invalid))
        {
            reader.Next(ref kind);
        }

        return kind == Kind.End && text.Length > 0;
    }

    // apk compares while it reads, token by token, so a key holds the text and comparing reads it again.
    private static int CompareText(string left, string right)
    {
        var a = new Reader(left);
        var b = new Reader(right);
        var at = Kind.Digit;
        var bt = Kind.Digit;
        Value av = default, bv = default;
        while (at == bt && at is not (Kind.End or Kind.Invalid) && av.CompareTo(bv) == 0)
        {
            av = a.Next(ref at);
            bv = b.Next(ref bt);
        }

        var order = av.CompareTo(bv);
        if (order == 0 && (at == Kind.Invalid || bt == Kind.Invalid))
        {
            // Past an unreadable token apk has nothing better than the text itself.
            order = string.CompareOrdinal(left, right);
        }
        else if (order == 0 && at != bt)
        {
            // Equal so far: the one that goes on is greater, unless it goes on with a pre-release suffix.
            if (at == Kind.Suffix && a.Next(ref at).Number < 0)
            {
                order = -1;
            }
            else if (bt == Kind.Suffix && b.Next(ref bt).Number < 0)
            {
                order = 1;
            }
            else
            {
                order = at > bt ? -1 : 1;
            }
        }

        return Math.Sign(order);
    }

    // A token's value: a number, or (for a number with leading zeros after a dot) text compared as a fraction.
    private readonly record struct Value(long Number, string? Text)
    {
        public int CompareTo(Value other)
        {
            if (Text is not null || other.Text is not null)
            {
                // Leading-zero components compare as strings; against a plain number they sort below it.
                return (Text, other.Text) switch
                {
                    ({ } x, { } y) => string.CompareOrdinal(x, y),
                    (null, _) => 1,
                    _ => -1,
                };
            }

            return Number.CompareTo(other.Number);
        }
    }

    private sealed class Reader(string text)
    {
        private int position;

        // Reads the token of the given kind, then works out the kind of the next one.
        public Value Next(ref Kind kind)
        {
            Value value;
            switch (kind)
            {
                case Kind.DigitOrZero when position < text.Length && text[position] == '0':
                    {
                        var start = position;
                        while (position < text.Length && char.IsAsciiDigit(text[position]))
                        {
                            position++;
                        }

                        value = new Value(0, text[start..position]);
                        kind = Kind.Digit;
                        break;
                    }

                case Kind.DigitOrZero or Kind.Digit or Kind.SuffixNumber or Kind.Revision:
                    {
                        var start = position;
                        while (position < text.Length && char.IsAsciiDigit(text[position]))
                        {
                            position++;
                        }

                        if (position == start && kind != Kind.Revision && kind != Kind.SuffixNumber)
                        {
                            kind = Kind.Invalid;
                            return default;
                        }

                        value = new Value(ParseCapped(text.AsSpan(start, position - start)), null);
                        break;
                    }

                case Kind.Letter:
                    value = new Value(text[position++], null);
                    break;
                case Kind.CommitHash:
                    while (position < text.Length && char.IsAsciiHexDigitLower(text[position]))
                    {
                        position++;
                    }

                    value = default;
                    break;
                case Kind.Suffix:
                    {
                        var pre = Array.FindIndex(PreSuffixes, s => text.AsSpan(position).StartsWith(s, StringComparison.Ordinal));
                        if (pre >= 0)
                        {
                            position += PreSuffixes[pre].Length;
                            value = new Value(pre - PreSuffixes.Length, null);
                            break;
                        }

                        var post = Array.FindIndex(PostSuffixes, s => text.AsSpan(position).StartsWith(s, StringComparison.Ordinal));
                        if (post < 0)
                        {
                            kind = Kind.Invalid;
                            return default;
                        }

                        position += PostSuffixes[post].Length;
                        value = new Value(post, null);
                        break;
                    }

                default:
                    kind = Kind.Invalid;
                    return default;
            }

            kind = NextKind(kind);
            return value;
        }

        private static long ParseCapped(ReadOnlySpan<char> digits)
        {
            long value = 0;
            foreach (var c in digits)
            {
                value = value > (long.MaxValue / 10) - 10 ? long.MaxValue : (value * 10) + (c - '0');
            }

            return value;
        }

        private Kind NextKind(Kind previous)
        {
            if (position >= text.Length)
            {
                return Kind.End;
            }

            var c = text[position];
            if (previous is Kind.Digit or Kind.DigitOrZero && char.IsAsciiLetterLower(c))
            {
                return Kind.Letter;
            }

            if (previous == Kind.Letter && char.IsAsciiDigit(c))
            {
                return Kind.Digit;
            }

            if (previous == Kind.Suffix && char.IsAsciiDigit(c))
            {
                return Kind.SuffixNumber;
            }

            position++;
            switch (c)
            {
                case '.' when previous is Kind.Digit or Kind.DigitOrZero:
                    return Kind.DigitOrZero;
                case '_' when previous is Kind.Digit or Kind.DigitOrZero or Kind.Letter or Kind.Suffix or Kind.SuffixNumber:
                    return Kind.Suffix;
                case '~' when previous is not (Kind.CommitHash or Kind.Revision):
                    return Kind.CommitHash;
                case '-' when position < text.Length && text[position] == 'r' && previous is not Kind.Revision:
                    position++;
                    return Kind.Revision;
                default:
                    return Kind.Invalid;
            }
        }
    }

    private sealed class Key(string version, string text, bool valid) : VersionKey(Instance, version)
    {
        public string Text { get; } = text;

        public override bool IsValid => valid;
    }
}
