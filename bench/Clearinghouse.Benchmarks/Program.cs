using BenchmarkDotNet.Running;
using Clearinghouse.Benchmarks;

// Release build only:
//   dotnet run -c Release --project bench/Clearinghouse.Benchmarks -- --filter '*'
//   dotnet run -c Release --project bench/Clearinghouse.Benchmarks -- generate-vectors 100000 FILE   (for bench/cvss-side-by-side.sh)
if (args is ["generate-vectors", var count, var file])
{
    File.WriteAllLines(file, VectorGenerator.Mixed(int.Parse(count, System.Globalization.CultureInfo.InvariantCulture), seed: 2026));
    return 0;
}

BenchmarkSwitcher.FromAssembly(typeof(CvssBenchmarks).Assembly).Run(args);
return 0;
