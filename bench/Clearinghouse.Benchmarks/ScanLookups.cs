using System.Diagnostics;
using System.Globalization;
using Clearinghouse.Contracts.Scans;
using Clearinghouse.Participants;
using Clearinghouse.Scans;
using Clearinghouse.Scans.Indexes;

namespace Clearinghouse.Benchmarks;

/// <summary>
/// <c>scan-lookups SIZE,SIZE,...</c>: fills a <see cref="ScanRegistry"/> with SIZE campaign-target windows (campaigns of 1
/// to 8 targets: IPv4 hosts and ranges, IPv6 ranges, packages, domains; windows of an hour to two weeks over a year; one
/// IPv4 /28 source range each; 10,000 verified assets with consents), then times the check-in, the who-is look-up and
/// deconfliction of a new campaign (conflicts, authorization, alternative slot). Batches of 1,000 calls are timed, and the
/// median and 99th percentile of the per-call time over the batches are printed.
/// </summary>
public static class ScanLookups
{
    private static readonly DateTimeOffset YearStart = new(2027, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static void Run(IReadOnlyList<int> sizes, int batches)
    {
        Console.WriteLine($"{Environment.ProcessorCount} cores, {RuntimeInformationText()}");
        Console.WriteLine("| windows | campaigns | build (s) | managed heap (MB) | check-in median (p99) | who-is median (p99) | deconfliction median (p99) |");
        Console.WriteLine("|---|---|---|---|---|---|---|");
        foreach (var size in sizes)
        {
            var random = new Random(14409);
            using var registry = new ScanRegistry();
            var campaigns = new List<CampaignEntry>();
            var clock = Stopwatch.StartNew();
            Seed(registry, random);
            var windows = 0;
            var n = 0;
            while (windows < size)
            {
                var campaign = RandomCampaign(random, ++n, Math.Min(size - windows, random.Next(1, 9)));
                registry.Add(campaign);
                campaigns.Add(campaign);
                windows += campaign.Targets.Count;
            }

            var build = clock.Elapsed.TotalSeconds;
            GC.Collect();
            var heap = GC.GetTotalMemory(forceFullCollection: true) / 1024.0 / 1024.0;

            var check = Time(batches, () =>
            {
                var c = campaigns[random.Next(campaigns.Count)];
                var t = c.Targets[random.Next(c.Targets.Count)];
                return registry.Check(c.Id, c.OrganizationId, t, c.Start.AddTicks((c.End - c.Start).Ticks / 2))!.Count;
            });
            var whoIs = Time(batches, () =>
            {
                var c = campaigns[random.Next(campaigns.Count)];
                var source = NetworkPrefix.Parse(Host(c.Sources[0], random.Next(16)));
                return registry.WhoIs(source, c.Start.AddTicks((c.End - c.Start).Ticks / 2), [c.Targets[0]]).Count;
            });
            var deconflict = Time(batches, () =>
            {
                var probe = RandomCampaign(random, -1, 1);
                var plan = new CampaignPlan(probe.OrganizationId, probe.Technique, probe.Start, probe.End, probe.Targets);
                var conflicts = registry.Conflicts(plan).Count;
                var refusals = registry.Authorize(plan).Count;
                var slot = conflicts > 0 ? registry.AlternativeSlot(plan, 1, YearStart) : null;
                return conflicts + refusals + (slot is null ? 0 : 1);
            });
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {windows:N0} | {campaigns.Count:N0} | {build:F1} | {heap:F0} | {check.Median:F2} µs ({check.P99:F2}) | {whoIs.Median:F2} µs ({whoIs.P99:F2}) | {deconflict.Median:F2} µs ({deconflict.P99:F2}) |"));
        }
    }

    private static string RuntimeInformationText() => System.Runtime.InteropServices.RuntimeInformation.FrameworkDescription + " on " + System.Runtime.InteropServices.RuntimeInformation.OSDescription;

    private static (double Median, double P99) Time(int batches, Func<int> call)
    {
        const int perBatch = 1000;
        var sink = 0;
        for (var i = 0; i < perBatch * 5; i++)
        {
            sink += call();
        }

        var micros = new double[batches];
        for (var b = 0; b < batches; b++)
        {
            var watch = Stopwatch.StartNew();
            for (var i = 0; i < perBatch; i++)
            {
                sink += call();
            }

            micros[b] = watch.Elapsed.TotalMicroseconds / perBatch;
        }

        Array.Sort(micros);
        GC.KeepAlive(sink);
        return (micros[batches / 2], micros[Math.Min(batches - 1, (int)(batches * 0.99))]);
    }

    private static void Seed(ScanRegistry registry, Random random)
    {
        for (var i = 0; i < 10_000; i++)
        {
            var asset = new ScanAsset
            {
                Id = AssetId.From(Id(1, i)),
                OrganizationId = OrganizationId.From(Id(2, i)),
                Kind = ScanTargetKind.Network,
                Target = $"10.{random.Next(256)}.{random.Next(256)}.0/24",
                Status = AssetStatus.Verified,
                ChallengeToken = "-",
            };
            registry.Apply(asset);
            registry.Apply(new ScanConsent
            {
                Id = ConsentId.From(Id(3, i)),
                AssetId = asset.Id,
                OwnerOrganizationId = asset.OrganizationId,
                GranteeOrganizationId = OrganizationId.From(Id(4, i % 100)),
                Techniques = ScanWire.FormatTechniques([ScanTechnique.NetworkScanning, ScanTechnique.AgenticTesting]),
                ValidFrom = YearStart,
                ValidUntil = YearStart.AddDays(400),
            });
        }
    }

    private static CampaignEntry RandomCampaign(Random random, int n, int targets)
    {
        var technique = (ScanTechnique)random.Next(5);
        var start = YearStart.AddMinutes(random.Next(365 * 24 * 60));
        var end = start.AddMinutes(random.Next(60, 14 * 24 * 60));
        var list = new List<ScanTarget>();
        while (list.Count < targets)
        {
            list.Add(ScanTarget.Parse(random.Next(20) switch
            {
                < 9 => $"10.{random.Next(256)}.{random.Next(256)}.{random.Next(256)}",
                < 12 => $"10.{random.Next(256)}.{random.Next(256)}.0/24",
                < 14 => $"2001:db8:{random.Next(65536):x}:{random.Next(65536):x}::/64",
                < 18 => $"pkg:npm/lib-{random.Next(100_000)}",
                _ => $"host-{random.Next(1_000_000)}.example.org",
            }));
        }

        var source = $"198.{18 + random.Next(2)}.{random.Next(256)}.{random.Next(16) * 16}/28";
        return new CampaignEntry(CampaignId.From(Id(5, n)), OrganizationId.From(Id(4, random.Next(100))), "bench", technique, start, end, list,
            [NetworkPrefix.Parse(source)], 10, "soc@lab.example");
    }

    private static string Host(NetworkPrefix range, int offset)
    {
        var text = range.ToString();
        var parts = text[..text.IndexOf('/', StringComparison.Ordinal)].Split('.');
        return $"{parts[0]}.{parts[1]}.{parts[2]}.{int.Parse(parts[3], CultureInfo.InvariantCulture) + offset}";
    }

    private static Guid Id(int kind, int n) => Guid.Parse($"0190c000-{kind:D4}-7000-8000-{Math.Abs(n):D12}");
}
