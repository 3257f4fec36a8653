using Clearinghouse.Contracts.Scans;
using Clearinghouse.Scans;

namespace Clearinghouse.Tests.Scans;

public sealed class ScanTargetTests
{
    [Theory]
    [InlineData("10.0.0.0/8", "10.1.2.0/24", true)]
    [InlineData("10.1.2.0/24", "10.0.0.0/8", true)]
    [InlineData("10.1.2.0/24", "10.1.3.0/24", false)]
    [InlineData("10.1.2.0/23", "10.1.3.0/24", true)]
    [InlineData("10.1.2.128/25", "10.1.2.0/25", false)]
    [InlineData("0.0.0.0/0", "192.0.2.7", true)]
    [InlineData("192.0.2.7", "192.0.2.7/32", true)]
    [InlineData("2001:db8::/32", "2001:db8:1234::/48", true)]
    [InlineData("2001:db8:1234::/48", "2001:db8::/32", true)]
    [InlineData("2001:db8::/32", "2001:db9::/32", false)]
    [InlineData("2001:db8::/127", "2001:db8::1", true)]
    [InlineData("::/0", "10.0.0.0/8", false)]
    [InlineData("0.0.0.0/0", "2001:db8::1", false)]
    [InlineData("::ffff:10.1.2.0/120", "10.1.2.9", true)]
    public void Address_ranges_overlap_when_one_contains_the_other_within_one_address_family(string a, string b, bool overlap)
    {
        var left = ScanTarget.Parse(a);
        var right = ScanTarget.Parse(b);

        Assert.Equal(overlap, left.Overlaps(right));
        Assert.Equal(overlap, right.Overlaps(left));
        Assert.Equal(ScanTargetKind.Network, left.Kind);
    }

    [Fact]
    public void A_nested_prefix_is_covered_by_its_parent_but_not_the_other_way_round()
    {
        var parent = ScanTarget.Parse("2001:db8::/32");
        var child = ScanTarget.Parse("2001:db8:0:1::/64");

        Assert.True(parent.Covers(child));
        Assert.False(child.Covers(parent));
        Assert.Equal("2001:db8:0:1::/64", child.Text);
    }

    [Theory]
    [InlineData("10.1.2.3/24", "10.1.2.0/24")]
    [InlineData("2001:db8::1/32", "2001:db8::/32")]
    [InlineData("10.0.0.0/33", "0 to 32")]
    [InlineData("300.1.2.3", "not an IPv4 or IPv6")]
    public void A_range_with_host_bits_or_a_bad_length_is_refused_with_the_reason(string text, string hint)
    {
        Assert.False(ScanTarget.TryParse(text, allowVersion: false, out _, out var error));
        Assert.Contains(hint, error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_domain_covers_its_subdomains_and_not_its_look_alikes()
    {
        var domain = ScanTarget.Parse("Example.ORG.");
        Assert.Equal("example.org", domain.Text);

        Assert.True(domain.Covers(ScanTarget.Parse("www.example.org")));
        Assert.True(domain.Covers(ScanTarget.Parse("*.example.org")));
        Assert.False(domain.Overlaps(ScanTarget.Parse("badexample.org")));
        Assert.False(domain.Overlaps(ScanTarget.Parse("example.org.evil.net")));
        Assert.Equal(ScanTargetKind.Domain, ScanTarget.Parse("beef.cafe").Kind);
    }

    [Fact]
    public void A_package_namespace_covers_its_packages_and_a_version_stays_beside_the_key()
    {
        var space = ScanTarget.Parse("pkg:npm/@acme/*", allowVersion: false);
        var package = ScanTarget.Parse("pkg:npm/%40acme/left-pad@1.3.0");
        var other = ScanTarget.Parse("pkg:npm/@acmecorp/left-pad");

        Assert.Equal("pkg:npm/@acme/*", space.Text);
        Assert.True(space.Covers(package));
        Assert.False(space.Overlaps(other));
        Assert.Equal("1.3.0", package.Version);
        Assert.Equal("pkg:npm/@acme/left-pad", package.Text);
        Assert.False(ScanTarget.TryParse("pkg:npm/left-pad@1.3.0", allowVersion: false, out _, out _));
    }

    [Fact]
    public void A_repository_account_covers_its_repositories_and_a_commit_is_read_off_the_end()
    {
        var account = ScanTarget.Parse("https://GitHub.com/Acme", allowVersion: false);
        var repository = ScanTarget.Parse("https://github.com/acme/app.git@0123abcd");

        Assert.True(account.Covers(repository));
        Assert.Equal("https://github.com/acme/app", repository.Text);
        Assert.Equal("0123abcd", repository.Version);
        Assert.False(account.Overlaps(ScanTarget.Parse("https://github.com/acme-labs")));
        Assert.False(ScanTarget.Parse("https://github.com/acme/app").Overlaps(ScanTarget.Parse("pkg:github/acme/app")));
    }
}
