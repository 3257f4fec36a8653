using System.CommandLine;
using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;
using Clearinghouse.Contracts;
using Clearinghouse.Scoring;
using Clearinghouse.Standards.Matching;
using Clearinghouse.Standards.Ssvc;
using Spectre.Console;

namespace Clearinghouse.Cli.Commands;

/// <summary>
/// <c>exposure bundle</c> makes a signed offline advisory bundle from local OSV / CVE JSON 5 / KEV files (the server's
/// feed reader), and <c>exposure scan</c> matches an SBOM against a bundle after verifying its signature, with the
/// server's engine and prioritizer, so the SBOM never leaves the machine. Exit 0 no match, 1 matches found, 2 bad input.
/// </summary>
public static class ExposureCommands
{
    public sealed record ScanMatch(string Component, string Vulnerability, IReadOnlyList<string> Aliases, IReadOnlyList<string> FixedVersions, string? Decision, long Score, string Reason, DateOnly? DueDate);

    public static Command Build(CliConsole console) => new("exposure", "Match SBOMs against known vulnerabilities offline, with a signed advisory bundle; the clearinghouse's aggregate figures.") { BuildBundle(console), BuildScan(console), ExposureFiguresCommand.Build(console) };

    private static Command BuildBundle(CliConsole console)
    {
        var advisories = new Option<string[]>("--advisories") { Description = "OSV (JSON, YAML, zip export), CVE JSON 5 or KEV files, or folders of them.", Required = true, AllowMultipleArgumentsPerToken = true };
        var output = new Option<FileInfo>("--out") { Description = "The bundle file to write.", Required = true };
        var key = new Option<FileInfo>("--key") { Description = "The ECDSA P-256 private key (PKCS#8 PEM); created, with KEY.pub, if missing.", Required = true };
        var tables = new Option<DirectoryInfo?>("--tables") { Description = $"CERT/CC's SSVC decision-table JSON files (default: {ScoreSsvcCommand.TablesVariable}, else ./{ScoreSsvcCommand.DefaultTables})." };
        var command = new Command("bundle", "Make a signed offline advisory bundle from local advisory files.") { advisories, output, key, tables };
        command.SetAction(async (parse, ct) =>
        {
            var files = new List<string>();
            foreach (var path in parse.GetValue(advisories)!)
            {
                if (Directory.Exists(path))
                {
                    files.AddRange(Directory.EnumerateFiles(path, "*.*", SearchOption.AllDirectories).Where(f => f.EndsWith(".json", StringComparison.OrdinalIgnoreCase)
                        || f.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".zip", StringComparison.OrdinalIgnoreCase)).Order(StringComparer.Ordinal));
                }
                else if (File.Exists(path))
                {
                    files.Add(path);
                }
                else
                {
                    await console.Error.WriteLineAsync($"No such file or folder: {path}");
                    return ExitCodes.Usage;
                }
            }

            var items = new List<FeedItem>();
            var problems = 0;
            await console.Ansi.Progress().StartAsync(async context =>
            {
                var task = context.AddTask("Reading advisories", maxValue: Math.Max(1, files.Count));
                foreach (var file in files)
                {
                    var read = FeedDocuments.Read(file, await File.ReadAllBytesAsync(file, ct));
                    items.AddRange(read.Items);
                    problems += read.Problems.Count;
                    task.Increment(1);
                }
            });
            var records = items.Where(i => i.Osv is not null).Select(i => i.Osv!);
            var kev = items.LastOrDefault(i => i.Kev is not null)?.Kev?.Entries ?? [];
            var vulnerabilities = VulnerabilityCatalog.Merge(records, kev);
            var folder = parse.GetValue(tables)?.FullName ?? console.Environment(ScoreSsvcCommand.TablesVariable) ?? ScoreSsvcCommand.DefaultTables;
            var ssvc = Directory.Exists(folder) ? SsvcTables.Load(folder).Tables ?? SsvcTables.None : SsvcTables.None;
            var tableDocuments = ssvc.All.Where(ExposurePrioritizer.Uses).Select(ssvc.Document).ToList();
            using var signer = LoadOrCreateKey(parse.GetValue(key)!);
            var file = AdvisoryBundle.Create(vulnerabilities, tableDocuments, TimeProvider.System.GetUtcNow(), signer);
            await File.WriteAllBytesAsync(parse.GetValue(output)!.FullName, file, ct);
            await console.Output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"Wrote {vulnerabilities.Count} vulnerabilities ({items.Count} documents, {problems} unreadable, {tableDocuments.Count} SSVC tables) in {file.Length:N0} bytes to {parse.GetValue(output)!.FullName}."));
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command BuildScan(CliConsole console)
    {
        var sbom = new Option<FileInfo>("--sbom") { Description = "CycloneDX or SPDX JSON SBOM, or a list of purls.", Required = true };
        var bundle = new Option<FileInfo>("--bundle") { Description = "The advisory bundle (from the server's /api/exposure/bundle or `exposure bundle`).", Required = true };
        var key = new Option<FileInfo>("--key") { Description = "The clearinghouse's public key (PEM) the bundle must be signed with.", Required = true };
        var sector = new Option<string?>("--sector") { Description = "Your sector (healthcare, water, ...), for SSVC Mission and Well-Being." };
        var sizeTier = new Option<string?>("--size-tier") { Description = "small, medium, large or national." };
        var criticality = new Option<string>("--criticality") { Description = "The system's criticality: low, medium, high or critical.", DefaultValueFactory = _ => "medium" };
        var exposed = new Option<bool>("--internet-exposed") { Description = "The system is reachable from the internet." };
        var federal = new Option<bool>("--federal") { Description = "A federal agency: due dates under BOD 26-04." };
        var json = new Option<bool>("--json") { Description = "One JSON object per match." };
        var command = new Command("scan", "Match an SBOM against a signed advisory bundle, offline; exit 1 when something matches.") { sbom, bundle, key, sector, sizeTier, criticality, exposed, federal, json };
        command.SetAction(async (parse, ct) =>
        {
            if (!Enum.TryParse<AssetCriticality>(parse.GetValue(criticality), ignoreCase: true, out var level))
            {
                await console.Error.WriteLineAsync("--criticality must be low, medium, high or critical.");
                return ExitCodes.Usage;
            }

            using var trusted = ECDsa.Create();
            try
            {
                trusted.ImportFromPem(await File.ReadAllTextAsync(parse.GetValue(key)!.FullName, ct));
            }
            catch (Exception e) when (e is ArgumentException or CryptographicException or IOException)
            {
                await console.Error.WriteLineAsync($"--key is not a readable public key: {e.Message}");
                return ExitCodes.Usage;
            }

            if (!AdvisoryBundle.TryOpen(await File.ReadAllBytesAsync(parse.GetValue(bundle)!.FullName, ct), trusted, out var opened, out var error))
            {
                await console.Error.WriteLineAsync($"The bundle is refused: {error}");
                return ExitCodes.Usage;
            }

            var read = SbomInventory.Read(await File.ReadAllBytesAsync(parse.GetValue(sbom)!.FullName, ct));
            if (read.Value is not { } inventory)
            {
                await console.Error.WriteLineAsync("Not a CycloneDX or SPDX JSON SBOM or a purl list: " + string.Join("; ", read.Diagnostics.Take(5)));
                return ExitCodes.Usage;
            }

            var keys = inventory.Components.Select(c => PackageKey.TryFromPurl(c, out var k) ? k : (PackageKey?)null).OfType<PackageKey>();
            var index = opened.Index(keys);
            var prioritizer = new ExposurePrioritizer(opened.Tables);
            var impact = MissionWellbeing.Assess(parse.GetValue(sector), parse.GetValue(sizeTier)).Impact;
            var today = DateOnly.FromDateTime(TimeProvider.System.GetUtcNow().UtcDateTime);
            var found = inventory.Components.SelectMany(c => index.Match(c).Select(m => (Component: c, Match: m))).ToList();
            var matches = found.Select(f =>
            {
                var priority = prioritizer.Prioritize(new ExposureFacts(f.Match, f.Component.Name, level, parse.GetValue(exposed), impact, parse.GetValue(federal), 1, today));
                return new ScanMatch(f.Component.ToString(), f.Match.Vulnerability.Id, f.Match.Vulnerability.Aliases, f.Match.FixedVersions, priority.Decision, priority.Score, priority.Reason, priority.DueDate);
            }).OrderByDescending(m => m.Score).ThenBy(m => m.Component, StringComparer.Ordinal).ToList();

            if (parse.GetValue(json))
            {
                foreach (var match in matches)
                {
                    await console.Output.WriteLineAsync(JsonSerializer.Serialize(match, ContractJson.Options));
                }
            }
            else
            {
                var table = new Table().AddColumns("Component", "Vulnerability", "Due", "Why");
                matches.ForEach(m => table.AddRow(Markup.Escape(m.Component), Markup.Escape(m.Vulnerability), m.DueDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "-", Markup.Escape(m.Reason)));
                console.Ansi.Write(table);
                await console.Output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"{matches.Count} matches in {inventory.Components.Count} components ({inventory.Unidentified} without purl or version)."));
            }

            return matches.Count > 0 ? ExitCodes.No : ExitCodes.Ok;
        });
        return command;
    }

    private static ECDsa LoadOrCreateKey(FileInfo file)
    {
        var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        if (file.Exists)
        {
            key.ImportFromPem(File.ReadAllText(file.FullName));
            return key;
        }

        File.WriteAllText(file.FullName, key.ExportPkcs8PrivateKeyPem());
        File.WriteAllText(file.FullName + ".pub", key.ExportSubjectPublicKeyInfoPem());
        return key;
    }
}
