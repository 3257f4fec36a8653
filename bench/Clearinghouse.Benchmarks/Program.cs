using System.Globalization;
using BenchmarkDotNet.Running;
using Clearinghouse.Benchmarks;
using Clearinghouse.Storage;

// Release build only:
//   dotnet run -c Release --project bench/Clearinghouse.Benchmarks -- --filter '*'
//   dotnet run -c Release --project bench/Clearinghouse.Benchmarks -- generate-vectors 100000 FILE   (for bench/cvss-side-by-side.sh)
//   dotnet run -c Release --project bench/Clearinghouse.Benchmarks -- generate-sarif [COUNT [SEED [DUPLICATE-SHARE]]] FILE
//   dotnet run -c Release --project bench/Clearinghouse.Benchmarks -- ingest-findings sqlite|postgres FILE [WARMUPS ITERATIONS]
//   dotnet run -c Release --project bench/Clearinghouse.Benchmarks -- marginal-findings sqlite|postgres FILE SIZE,SIZE,... [PROBES [BATCH]]
//   dotnet run -c Release --project bench/Clearinghouse.Benchmarks -- scan-lookups 10000,100000,1000000 [BATCHES]
//   dotnet run -c Release --project bench/Clearinghouse.Benchmarks -- exposure-figures OSV-FOLDER [SBOMS [c]]   (c: only figure (c))
// bench/findings-ingest.sh runs the ingest-findings, marginal-findings and generate-sarif verbs together.
static int Number(string text) => int.Parse(text, NumberStyles.Integer, CultureInfo.InvariantCulture);
static DatabaseProvider Provider(string text) => text == "postgres" ? DatabaseProvider.Postgres : text == "sqlite" ? DatabaseProvider.Sqlite : throw new ArgumentException($"Not a provider: {text}");

switch (args)
{
    case ["generate-vectors", var count, var file]:
        File.WriteAllLines(file, VectorGenerator.Mixed(Number(count), seed: 2026));
        return 0;
    case ["generate-sarif", .. var rest] when rest.Length is >= 1 and <= 4:
        var summary = SarifGenerator.Write(FormatParsingBenchmarks.DataFolder(), rest[^1],
            rest.Length > 1 ? Number(rest[0]) : 100_000, rest.Length > 2 ? Number(rest[1]) : 2026,
            rest.Length > 3 ? double.Parse(rest[2], CultureInfo.InvariantCulture) : 0.1);
        Console.WriteLine($"{summary.Results:N0} results ({summary.Duplicates:N0} exact duplicates), {summary.Bytes:N0} bytes, from {string.Join(", ", summary.Sources)}");
        return 0;
    case ["ingest-findings", var provider, var file, .. var rest]:
        await FindingsIngest.RunAsync(file, Provider(provider), rest.Length > 0 ? Number(rest[0]) : 1, rest.Length > 1 ? Number(rest[1]) : 3);
        return 0;
    case ["read-findings", var file, .. var rest]:
        FindingsIngest.ReadOnly(file, rest.Length > 0 ? Number(rest[0]) : 5);
        return 0;
    case ["marginal-findings", var provider, var file, var sizes, .. var rest]:
        await FindingsIngest.MarginalAsync(file, Provider(provider), sizes.Split(',').Select(Number).ToList(), rest.Length > 0 ? Number(rest[0]) : 20, rest.Length > 1 ? Number(rest[1]) : 10_000);
        return 0;
    case ["scan-lookups", var sizes, .. var rest]:
        ScanLookups.Run(sizes.Split(',').Select(Number).ToList(), rest.Length > 0 ? Number(rest[0]) : 200);
        return 0;
    case ["exposure-figures", var osvFolder, .. var rest]:
        ExposureFigures.Run(osvFolder, rest.Length > 0 ? Number(rest[0]) : 10_000, rest is [_, "c"]);
        return 0;
    default:
        BenchmarkSwitcher.FromAssembly(typeof(CvssBenchmarks).Assembly).Run(args);
        return 0;
}
