namespace Clearinghouse.Standards.Spdx;

/// <summary>An edge of the dependency graph: <paramref name="Dependent"/> depends on <paramref name="Dependency"/>, by the relationship named.</summary>
public sealed record SpdxDependency(string Dependent, string Dependency, string RelationshipType);
