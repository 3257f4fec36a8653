namespace Clearinghouse.Standards.Sarif;

/// <summary>A relationship from a rule or taxon to another descriptor (§3.53), e.g. a rule to the CWE it detects.</summary>
/// <param name="Target">The other descriptor.</param>
/// <param name="Kinds">The kinds of relationship (<c>relevant</c>, <c>superset</c>, <c>subset</c>, …); empty means <c>relevant</c>.</param>
public sealed record SarifRelationship(SarifDescriptorReference Target, IReadOnlyList<string> Kinds);
