namespace Clearinghouse.Standards.Versions;

/// <summary>
/// Maven's version order: the algorithm of Maven's own <c>ComparableVersion</c> (maven-artifact 3.9), which the POM
/// reference's "Version Order Specification" describes, including its nested lists. A version is read, lower-cased, into
/// a list of items: numbers, qualifiers and sub-lists. A <c>.</c> ends an item; a <c>-</c> ends one and opens a sub-list
/// for the rest; a switch between digits and letters ends an item and opens a sub-list too (so <c>1a</c> reads as
/// <c>1-a</c>), and a qualifier that follows another item in its list gets a sub-list of its own (so <c>1.0.a</c> reads
/// as <c>1.0-a</c>). Each list then loses its trailing null items (0, the release qualifier, empty lists), looking past
/// sub-lists. Numbers compare by value; qualifiers alpha &lt; beta &lt; milestone &lt; rc = cr &lt; snapshot &lt; "" = ga
/// = final = release &lt; sp &lt; any other, others among themselves by their text (<c>a</c>, <c>b</c> and <c>m</c> stand
/// for alpha, beta and milestone when a digit follows); a number outranks a list, which outranks a qualifier; a missing
/// item compares as each item's null. Every string is valid.
/// </summary>
/// <remarks>
/// One deliberate difference: Maven compares an all-zero number of 19 or more digits (a <c>BigInteger</c> item) above a
/// small number; here numbers compare by value only, so <c>0000000000000000000.1</c> equals <c>0.1</c>.
/// </remarks>
public sealed class MavenOrdering : IVersionOrdering
{
    // Qualifier ranks; the release qualifier ("", ga, final, release) is the null one; anything unknown ranks above sp.
    private const int ReleaseRank = 5;
    private const int UnknownRank = 7;

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
    public VersionKey ReadKey(string version) => new Key(version, Parse(version));

    /// <inheritdoc/>
    public int Compare(VersionKey left, VersionKey right) =>
        CompareLists(VersionKey.Of<Key>(left, this).Items, VersionKey.Of<Key>(right, this).Items);

    private static Item[] Parse(string version)
    {
        var text = version.Trim().ToLowerInvariant();
        var root = new List<Item>();
        var list = root;

        // Every list opened, in order: a list always comes after the list that holds it, so normalizing them from the
        // last to the first normalizes each sub-list before the list it is an item of (Maven's stack of lists).
        var opened = new List<List<Item>> { root };
        var digits = false;
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c is '.' or '-')
            {
                // A qualifier that does not start its list gets a sub-list of its own here too (Maven 3.9 does so only
                // before a digit or at the end), so a zero left in a list is always followed by a number.
                if (!digits && i > start && list.Count > 0)
                {
                    list = Open(list, opened);
                }

                list.Add(i == start ? Item.Zero : ReadItem(digits, text[start..i], followedByDigit: false));
                start = i + 1;
                if (c == '-')
                {
                    list = Open(list, opened);
                }
            }
            else if (char.IsAsciiDigit(c))
            {
                if (!digits && i > start)
                {
                    // Letters then digits: the qualifier goes in a sub-list of its own unless it starts its list.
                    if (list.Count > 0)
                    {
                        list = Open(list, opened);
                    }

                    list.Add(ReadItem(digits: false, text[start..i], followedByDigit: true));
                    start = i;
                    list = Open(list, opened);
                }

                digits = true;
            }
            else
            {
                if (digits && i > start)
                {
                    list.Add(ReadItem(digits: true, text[start..i], followedByDigit: false));
                    start = i;
                    list = Open(list, opened);
                }

                digits = false;
            }
        }

        if (text.Length > start)
        {
            if (!digits && list.Count > 0)
            {
                list = Open(list, opened);
            }

            list.Add(ReadItem(digits, text[start..], followedByDigit: false));
        }

        // Normalize innermost first, then build the items bottom-up (a sub-list's item needs its final contents).
        var built = new Dictionary<List<Item>, Item>(ReferenceEqualityComparer.Instance);
        for (var i = opened.Count - 1; i >= 0; i--)
        {
            var items = opened[i];
            for (var j = 0; j < items.Count; j++)
            {
                if (items[j].Source is { } source)
                {
                    items[j] = built[source];
                }
            }

            for (var j = items.Count - 1; j >= 0; j--)
            {
                if (items[j].IsNull)
                {
                    items.RemoveAt(j);
                }
                else if (items[j].Kind != ItemKind.List)
                {
                    break;
                }
            }

            built[items] = Item.List([.. items]);
        }

        return built[root].Children!;
    }

    // Appends a new sub-list to the list and makes it the current one.
    private static List<Item> Open(List<Item> list, List<List<Item>> opened)
    {
        var sub = new List<Item>();
        list.Add(Item.Pending(sub));
        opened.Add(sub);
        return sub;
    }

    private static Item ReadItem(bool digits, string text, bool followedByDigit)
    {
        if (digits)
        {
            var value = text.TrimStart('0');
            return Item.Number(value.Length == 0 ? "0" : value);
        }

        if (followedByDigit && text.Length == 1)
        {
            text = text switch
            {
                "a" => "alpha",
                "b" => "beta",
                "m" => "milestone",
                _ => text,
            };
        }

        text = text switch
        {
            "ga" or "final" or "release" => string.Empty,
            "cr" => "rc",
            _ => text,
        };
        var rank = text switch
        {
            "alpha" => 0,
            "beta" => 1,
            "milestone" => 2,
            "rc" => 3,
            "snapshot" => 4,
            "" => ReleaseRank,
            "sp" => 6,
            _ => UnknownRank,
        };
        return Item.Qualifier(rank, text);
    }

    private static int CompareLists(Item[] a, Item[] b)
    {
        for (var i = 0; i < a.Length || i < b.Length; i++)
        {
            var order = i < a.Length
                ? i < b.Length ? CompareItems(a[i], b[i]) : CompareWithNull(a[i])
                : -CompareWithNull(b[i]);
            if (order != 0)
            {
                return order;
            }
        }

        return 0;
    }

    // A number outranks everything else. A qualifier and a list compare first by the side of the null item each falls
    // on, those equal to null being equal; on the same side a list outranks a qualifier.
    private static int CompareItems(Item a, Item b)
    {
        if (a.Kind == ItemKind.Number || b.Kind == ItemKind.Number)
        {
            return a.Kind != b.Kind ? (a.Kind == ItemKind.Number ? 1 : -1) : VersionText.CompareDigits(a.Text, b.Text);
        }

        var side = CompareWithNull(a);
        var other = CompareWithNull(b);
        if (side != other || side == 0)
        {
            return side.CompareTo(other);
        }

        if (a.Kind != b.Kind)
        {
            return a.Kind == ItemKind.List ? 1 : -1;
        }

        return a.Kind == ItemKind.Qualifier
            ? a.Rank != b.Rank ? (a.Rank > b.Rank ? 1 : -1) : Math.Sign(string.CompareOrdinal(a.Text, b.Text))
            : CompareLists(a.Children!, b.Children!);
    }

    // An item against a missing one: every number is above it (a zero left inside a list is followed by more), a
    // qualifier is compared with the release, a list by its first item that is not null-like.
    private static int CompareWithNull(Item item)
    {
        switch (item.Kind)
        {
            case ItemKind.Number:
                return 1;
            case ItemKind.Qualifier:
                return item.Rank == ReleaseRank ? 0 : item.Rank > ReleaseRank ? 1 : -1;
            default:
                foreach (var child in item.Children!)
                {
                    var order = CompareWithNull(child);
                    if (order != 0)
                    {
                        return order;
                    }
                }

                return 0;
        }
    }

    private enum ItemKind
    {
        Qualifier,
        List,
        Number,
    }

    private sealed class Item
    {
        public static readonly Item Zero = Number("0");

        private Item(ItemKind kind, string text, int rank, Item[]? children, List<Item>? source)
        {
            Kind = kind;
            Text = text;
            Rank = rank;
            Children = children;
            Source = source;
        }

        public ItemKind Kind { get; }

        // A number's digits without leading zeros ("0" for zero), or a qualifier's canonical text.
        public string Text { get; }

        public int Rank { get; }

        public Item[]? Children { get; }

        // While parsing: the list this placeholder stands for, until that list is built.
        public List<Item>? Source { get; }

        public bool IsNull => Kind switch
        {
            ItemKind.Number => Text == "0",
            ItemKind.Qualifier => Rank == ReleaseRank,
            _ => Children is { Length: 0 } || Source is { Count: 0 },
        };

        public static Item Number(string digits) => new(ItemKind.Number, digits, 0, null, null);

        public static Item Qualifier(int rank, string text) => new(ItemKind.Qualifier, text, rank, null, null);

        public static Item List(Item[] children) => new(ItemKind.List, string.Empty, 0, children, null);

        public static Item Pending(List<Item> source) => new(ItemKind.List, string.Empty, 0, null, source);
    }

    private sealed class Key(string version, Item[] items) : VersionKey(Instance, version)
    {
        public Item[] Items { get; } = items;
    }
}
