namespace Clearinghouse.Standards.Tests.Sarif;

/// <summary>
/// Tests that measure the process's live managed memory run alone: GC.GetTotalMemory counts every thread's objects, so
/// tests running beside them would be measured too.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class MemoryMeasurement
{
    public const string Name = "Memory measurement (runs alone)";
}
