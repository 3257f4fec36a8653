using Clearinghouse.Scans;
using Clearinghouse.Scans.Indexes;

namespace Clearinghouse.Tests.Scans.Indexes;

public sealed class PrefixIndexTests
{
    [Fact]
    public void Containing_and_overlapping_answer_what_a_scan_of_every_key_would_across_both_address_families()
    {
        var random = new Random(14409);
        var index = new TargetIndex<List<string>>();
        var all = new List<ScanTarget>();
        for (var i = 0; i < 3000; i++)
        {
            var target = ScanTarget.Parse(RandomPrefix(random));
            all.Add(target);
            index.GetOrAdd(target).Add(target.Text);
        }

        for (var q = 0; q < 500; q++)
        {
            var query = ScanTarget.Parse(RandomPrefix(random));
            var containing = index.Containing(query).SelectMany(b => b).Distinct().Order(StringComparer.Ordinal);
            var overlapping = index.Overlapping(query).SelectMany(b => b).Distinct().Order(StringComparer.Ordinal);

            Assert.Equal(all.Where(t => t.Covers(query)).Select(t => t.Text).Distinct().Order(StringComparer.Ordinal), containing);
            Assert.Equal(all.Where(t => t.Overlaps(query)).Select(t => t.Text).Distinct().Order(StringComparer.Ordinal), overlapping);
        }
    }

    [Fact]
    public void Names_find_their_parents_and_children_but_never_a_sibling_that_shares_a_prefix_of_characters()
    {
        var index = new TargetIndex<List<string>>();
        foreach (var text in new[] { "example.org", "www.example.org", "badexample.org", "pkg:npm/@acme/*", "pkg:npm/@acme/left-pad", "pkg:npm/@acmecorp/x" })
        {
            index.GetOrAdd(ScanTarget.Parse(text, allowVersion: false)).Add(text);
        }

        Assert.Equal(["example.org", "www.example.org"], index.Overlapping(ScanTarget.Parse("example.org")).SelectMany(b => b).Order(StringComparer.Ordinal));
        Assert.Equal(["example.org"], index.Containing(ScanTarget.Parse("api.example.org")).SelectMany(b => b));
        Assert.Equal(["pkg:npm/@acme/*", "pkg:npm/@acme/left-pad"], index.Overlapping(ScanTarget.Parse("pkg:npm/@acme/left-pad@2.0.0")).SelectMany(b => b));
    }

    [Fact]
    public void A_removed_key_is_no_longer_found()
    {
        var index = new TargetIndex<List<string>>();
        var range = ScanTarget.Parse("10.0.0.0/8");
        index.GetOrAdd(range).Add("x");

        index.Remove(range);

        Assert.Empty(index.Containing(ScanTarget.Parse("10.1.1.1")));
        Assert.Equal(0, index.Count);
    }

    private static string RandomPrefix(Random random)
    {
        if (random.Next(2) == 0)
        {
            // A small space (10.0.0.0/12) so that nesting is frequent.
            var address = (10u << 24) | (uint)random.Next(1 << 20);
            var length = random.Next(8, 33);
            var masked = length == 0 ? 0 : address & (uint.MaxValue << (32 - length));
            return $"{masked >> 24}.{(masked >> 16) & 255}.{(masked >> 8) & 255}.{masked & 255}/{length}";
        }

        var words = new int[8];
        words[0] = 0x2001;
        words[1] = 0x0db8;
        words[2] = random.Next(16);
        words[3] = random.Next(4);
        var v6 = new System.Net.IPAddress(words.SelectMany(w => new[] { (byte)(w >> 8), (byte)w }).ToArray());
        var bits = random.Next(28, 65);
        var bytes = v6.GetAddressBytes();
        for (var i = 0; i < 128; i++)
        {
            if (i >= bits)
            {
                bytes[i / 8] &= (byte)~(0x80 >> (i % 8));
            }
        }

        return $"{new System.Net.IPAddress(bytes)}/{bits}";
    }
}
