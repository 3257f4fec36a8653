namespace Clearinghouse.Standards.Spdx;

/// <summary>A relationship: <c>Element RelationshipType Related</c>, e.g. <c>SPDXRef-A DEPENDS_ON SPDXRef-B</c>.</summary>
public sealed record SpdxRelationship(string Element, string RelationshipType, string Related);
