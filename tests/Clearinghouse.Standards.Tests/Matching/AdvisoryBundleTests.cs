using System.Security.Cryptography;
using Clearinghouse.Standards.Matching;
using Clearinghouse.Standards.Purl;
using Clearinghouse.Standards.Tests.Ssvc;

namespace Clearinghouse.Standards.Tests.Matching;

public sealed class AdvisoryBundleTests
{
    private static readonly ReadOnlyMemory<byte>[] Tables =
        [File.ReadAllBytes(Path.Combine(RealTables.Folder, "cisa", "cisa_coordinator_2_0_3.json")), File.ReadAllBytes(Path.Combine(RealTables.Folder, "cisa", "cisa_bod_26_04_1_0_0.json"))];

    [Fact]
    public void A_bundle_of_the_real_OSV_records_gives_the_same_matches_as_the_index_it_was_made_from()
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var vulnerabilities = RealOsv.Vulnerabilities;
        var file = AdvisoryBundle.Create(vulnerabilities, Tables, new DateTimeOffset(2026, 11, 22, 0, 0, 0, TimeSpan.Zero), key);

        Assert.True(AdvisoryBundle.TryOpen(file, key, out var bundle, out var error), error);
        Assert.Equal(vulnerabilities.Count, bundle.Count);
        Assert.Equal(2, bundle.Tables.Count);
        var original = new AdvisoryIndex(vulnerabilities);
        var probes = RealOsv.Items.SelectMany(i => i.Osv!.Affected)
            .Where(a => a.Package is not null && a.Versions.Count > 0)
            .Take(500)
            .Select(a => Purl(a.Package!.Ecosystem, a.Package.Name, a.Versions[0]))
            .OfType<PackageUrl>().ToList();
        Assert.NotEmpty(probes);
        var keys = probes.Select(p => PackageKey.TryFromPurl(p, out var k) ? k : default).ToList();
        var fromBundle = bundle.Index(keys);
        foreach (var probe in probes)
        {
            Assert.Equal(
                original.Match(probe).Select(m => (m.Vulnerability.Id, string.Join(",", m.FixedVersions))).Order(),
                fromBundle.Match(probe).Select(m => (m.Vulnerability.Id, string.Join(",", m.FixedVersions))).Order());
        }
    }

    [Fact]
    public void A_changed_byte_or_another_key_is_refused_before_anything_is_read()
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        using var stranger = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var file = AdvisoryBundle.Create(Log4Shell.Vulnerabilities(), Tables, DateTimeOffset.UnixEpoch, key);

        Assert.False(AdvisoryBundle.TryOpen(file, stranger, out _, out var error));
        Assert.Contains("signature", error, StringComparison.Ordinal);
        file[^5] ^= 0x01;
        Assert.False(AdvisoryBundle.TryOpen(file, key, out _, out error));
        Assert.Contains("signature", error, StringComparison.Ordinal);
        Assert.False(AdvisoryBundle.TryOpen("not a bundle"u8.ToArray(), key, out _, out error));
        Assert.Contains("CHBUNDLE", error, StringComparison.Ordinal);
    }

    [Fact]
    public void The_KEV_entry_travels_in_the_bundle()
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var file = AdvisoryBundle.Create(Log4Shell.Vulnerabilities().Where(v => v.Id is "CVE-2021-44228" or "CVE-2099-0001"), Tables, DateTimeOffset.UnixEpoch, key);

        Assert.True(AdvisoryBundle.TryOpen(file, key, out var bundle, out _));
        var index = bundle.Index();
        Assert.Equal(2, index.Count);
        Assert.Equal(new DateOnly(2021, 12, 10), index.Find("CVE-2021-44228")!.Kev!.DateAdded);
        Assert.Null(index.Find("CVE-2099-0001")!.Kev);
    }

    private static PackageUrl? Purl(string ecosystem, string name, string version) =>
        Standards.Osv.OsvEcosystems.TryToPurl(ecosystem, name, version, out var purl) ? purl : null;
}
