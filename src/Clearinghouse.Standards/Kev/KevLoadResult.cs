using System.Diagnostics.CodeAnalysis;

namespace Clearinghouse.Standards.Kev;

/// <summary>The outcome of loading a KEV catalog: the catalog with every good entry, and every problem found.</summary>
public sealed class KevLoadResult
{
    internal KevLoadResult(KevCatalog? catalog, IReadOnlyList<KevDiagnostic> diagnostics)
    {
        Catalog = catalog;
        Diagnostics = diagnostics;
    }

    /// <summary>The catalog; null only when the document is not a KEV catalog at all (not JSON, no <c>vulnerabilities</c> array).</summary>
    public KevCatalog? Catalog { get; }

    /// <summary>Every problem, with the entry's index and the field; empty for a clean catalog.</summary>
    public IReadOnlyList<KevDiagnostic> Diagnostics { get; }

    /// <summary>True when there is a catalog (possibly with problems: see <see cref="Diagnostics"/>).</summary>
    [MemberNotNullWhen(true, nameof(Catalog))]
    public bool Succeeded => Catalog is not null;
}
