using System.Text.Json;

namespace Clearinghouse.Standards.Osv;

/// <summary>An <c>affected[].ranges[]</c> entry.</summary>
/// <param name="Type">The range type.</param>
/// <param name="TypeName">The type as written (<c>SEMVER</c>, <c>ECOSYSTEM</c>, <c>GIT</c>, or another).</param>
/// <param name="Repo">The repository URL (GIT ranges).</param>
/// <param name="Events">The events in document order.</param>
/// <param name="DatabaseSpecific">The range's <c>database_specific</c> object, when given.</param>
public sealed record OsvRange(OsvRangeType Type, string TypeName, string? Repo, IReadOnlyList<OsvEvent> Events, JsonElement? DatabaseSpecific);
