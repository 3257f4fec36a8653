namespace Clearinghouse.Standards.CycloneDx;

/// <summary>A node of the dependency graph: the bom-ref it describes, what it depends on and (1.6) what it provides.</summary>
public sealed record CycloneDxDependency(string Ref, IReadOnlyList<string> DependsOn, IReadOnlyList<string> Provides);
