using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Clearinghouse.Standards.Matching;
using Clearinghouse.Standards.Osv;
using Clearinghouse.Standards.Purl;

namespace Clearinghouse.Benchmarks;

/// <summary>
/// The figures of issue 7, scope item 9, measured in process with a stopwatch on the matching engine (no database):
/// (a) a 10,000-component CycloneDX SBOM read and matched, (b) the cold index build from every OSV record of the
/// shared data against a bare JSON parse of the same files, (c) component checks per second on one thread for 10,000
/// SBOMs of 300 components, (d) the fan-out of one new vulnerability among 3,000,000 inventory rows.
/// </summary>
public static class ExposureFigures
{
    /// <summary>Runs (a) to (d), or only (c) when <paramref name="onlyChecks"/> (the same components, so the same match count).</summary>
    public static void Run(string osvFolder, int sbomCount = 10_000, bool onlyChecks = false)
    {
        var files = Directory.EnumerateFiles(osvFolder, "*.json", SearchOption.AllDirectories).Order(StringComparer.Ordinal).Select(File.ReadAllBytes).ToList();
        var yaml = Directory.EnumerateFiles(osvFolder, "*.yaml", SearchOption.AllDirectories).Order(StringComparer.Ordinal).Select(f => (Name: f, Bytes: File.ReadAllBytes(f))).ToList();

        // (b) JSON files only on both sides: a bare YAML parse has no counterpart here.
        for (var warm = 0; warm < (onlyChecks ? 0 : 2); warm++)
        {
            var bare = Stopwatch.StartNew();
            foreach (var bytes in files)
            {
                using var document = JsonDocument.Parse(bytes);
            }

            bare.Stop();
            var build = Stopwatch.StartNew();
            var items = files.SelectMany(b => FeedDocuments.Read("x.json", b).Items).ToList();
            var built = new AdvisoryIndex(VulnerabilityCatalog.Merge(items.Where(i => i.Osv is not null).Select(i => i.Osv!), []));
            build.Stop();
            Console.WriteLine(FormattableString.Invariant($"(b) {files.Count:N0} JSON files: bare JsonDocument.Parse {bare.Elapsed.TotalMilliseconds:F0} ms; read + merge + index {build.Elapsed.TotalMilliseconds:F0} ms ({built.Count:N0} vulnerabilities, {built.PackageCount:N0} packages); ratio {build.Elapsed / bare.Elapsed:F1}x"));
        }

        var all = files.Select(b => ("x.json", b)).Concat(yaml.Select(y => (y.Name, y.Bytes)))
            .SelectMany(f => FeedDocuments.Read(f.Item1, f.Item2).Items).Where(i => i.Osv is not null).Select(i => i.Osv!).ToList();
        var index = new AdvisoryIndex(VulnerabilityCatalog.Merge(all, []));
        var vulnerable = all.SelectMany(r => r.Affected).Where(a => a.Package is not null && a.Versions.Count > 0)
            .Select(a => OsvEcosystems.TryToPurl(a.Package!.Ecosystem, a.Package.Name, a.Versions[^1], out var p) ? p : null).OfType<PackageUrl>().Distinct().ToList();
        var random = new Random(2026);
        PackageUrl Component() => random.NextDouble() < 0.05
            ? vulnerable[random.Next(vulnerable.Count)]
            : PackageUrl.Parse(FormattableString.Invariant($"pkg:npm/component-{random.Next(200_000)}@1.{random.Next(30)}.{random.Next(10)}"));

        // (a)
        var sbom = new StringBuilder("""{"bomFormat": "CycloneDX", "specVersion": "1.5", "version": 1, "components": [""");
        for (var i = 0; i < 10_000; i++)
        {
            var c = Component();
            sbom.Append(i == 0 ? "" : ",").Append(CultureInfo.InvariantCulture, $$"""{"type": "library", "name": "{{c.Name}}", "version": "{{c.Version}}", "purl": "{{c}}"}""");
        }

        var document10k = Encoding.UTF8.GetBytes(sbom.Append("]}").ToString());
        for (var warm = 0; warm < (onlyChecks ? 0 : 3); warm++)
        {
            var ingest = Stopwatch.StartNew();
            var inventory = SbomInventory.Read(document10k).Value!;
            var read = ingest.Elapsed;
            var matches = inventory.Components.Sum(c => index.Match(c).Count);
            ingest.Stop();
            Console.WriteLine(FormattableString.Invariant($"(a) 10,000-component CycloneDX 1.5 ({document10k.Length:N0} bytes): read + match {ingest.Elapsed.TotalMilliseconds:F0} ms (read {read.TotalMilliseconds:F0} ms), {matches:N0} matches"));
        }

        // (c)
        var pool = Enumerable.Range(0, 50_000).Select(_ => Component()).Select(p => (PackageKey.TryFromPurl(p, out var k) ? k : default, p.Version!)).ToArray();
        var sboms = Enumerable.Range(0, sbomCount).Select(_ => Enumerable.Range(0, 300).Select(_ => pool[random.Next(pool.Length)]).ToArray()).ToArray();
        for (var warm = 0; warm < 2; warm++)
        {
            var checks = 0L;
            var found = 0L;
            // Processor time too: on a shared machine the wall clock also counts the time other processes had the core.
            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            var scan = Stopwatch.StartNew();
            foreach (var one in sboms)
            {
                foreach (var (key, version) in one)
                {
                    checks++;
                    found += index.Match(key, version).Count;
                }
            }

            scan.Stop();
            cpu = Process.GetCurrentProcess().TotalProcessorTime - cpu;
            Console.WriteLine(FormattableString.Invariant($"(c) {sbomCount:N0} SBOMs x 300 components, one thread: {checks:N0} checks in {scan.Elapsed.TotalSeconds:F2} s = {checks / scan.Elapsed.TotalSeconds:N0} checks/s; {cpu.TotalSeconds:F2} s of processor time = {checks / cpu.TotalSeconds:N0} checks per processor second ({found:N0} matches)"));
        }

        if (onlyChecks)
        {
            return;
        }

        // (d) 3,000,000 rows; the vulnerability's package is used by 3,000 of them in 40 versions.
        var target = index.Vulnerabilities.First(v => v.Records.Any(r => r.Affected.Any(a => a.Package?.Ecosystem == "PyPI" && a.Versions.Count >= 40)));
        var affected = target.Records.SelectMany(r => r.Affected).First(a => a.Package?.Ecosystem == "PyPI" && a.Versions.Count >= 40);
        var targetKey = PackageKey.FromOsv(affected.Package!);
        var rows = new ComponentIndex<int>();
        for (var i = 0; i < 3_000_000; i++)
        {
            if (i % 1_000 == 0)
            {
                rows.Add(i, targetKey, affected.Versions[i / 1_000 % 40]);
            }
            else
            {
                rows.Add(i, PackageKey.Create("npm", FormattableString.Invariant($"component-{i % 200_000}")), FormattableString.Invariant($"1.{i % 30}.{i % 10}"));
            }
        }

        for (var warm = 0; warm < 3; warm++)
        {
            var fan = Stopwatch.StartNew();
            var exposed = rows.Exposed(target).Count();
            fan.Stop();
            Console.WriteLine(FormattableString.Invariant($"(d) fan-out of {target.Id} among {rows.Count:N0} rows: {exposed:N0} exposed components in {fan.Elapsed.TotalMilliseconds:F2} ms"));
        }
    }
}
