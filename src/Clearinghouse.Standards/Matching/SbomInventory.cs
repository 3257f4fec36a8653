using System.Text;
using Clearinghouse.Standards.CycloneDx;
using Clearinghouse.Standards.Json;
using Clearinghouse.Standards.Purl;
using Clearinghouse.Standards.Spdx;

namespace Clearinghouse.Standards.Matching;

/// <summary>The inventory formats an operator may upload.</summary>
public enum SbomFormat
{
    /// <summary>CycloneDX JSON (1.4 to 1.6; the reader also takes 1.2 and 1.3).</summary>
    CycloneDx,

    /// <summary>SPDX 2.3 JSON (2.2 is read the same way).</summary>
    Spdx,

    /// <summary>Plain text: one package URL with version per line; blank lines and lines starting with <c>#</c> are skipped.</summary>
    PurlList,
}

/// <summary>
/// The components of an inventory, as package URLs with versions, read from whichever format the document is in
/// (chosen by one explicit rule: a JSON object with <c>bomFormat</c> is CycloneDX, one with <c>spdxVersion</c> is
/// SPDX, anything else that is not JSON is a purl list). Components without a purl, or with one without a version,
/// cannot be matched; they are counted in <see cref="Unidentified"/>, not refused.
/// </summary>
public sealed class SbomInventory
{
    private SbomInventory(SbomFormat format, IReadOnlyList<PackageUrl> components, int unidentified)
    {
        Format = format;
        Components = components;
        Unidentified = unidentified;
    }

    /// <summary>The format the document was in.</summary>
    public SbomFormat Format { get; }

    /// <summary>The distinct components with a purl and a version, in document order.</summary>
    public IReadOnlyList<PackageUrl> Components { get; }

    /// <summary>Components left out: no purl, an unreadable purl, or no version.</summary>
    public int Unidentified { get; }

    /// <summary>Reads an inventory. Never throws: an unreadable document gives diagnostics and no value.</summary>
    public static JsonLoadResult<SbomInventory> Read(ReadOnlyMemory<byte> document)
    {
        var span = document.Span.TrimStart(" \t\r\n\uFEFF"u8);
        if (span.Length > 0 && span[0] == (byte)'{')
        {
            var text = span[..Math.Min(span.Length, 4096)];
            if (text.IndexOf("\"bomFormat\""u8) >= 0)
            {
                var bom = CycloneDxBom.Load(document);
                return bom.Value is { } b
                    ? From(SbomFormat.CycloneDx, b.Components.Select(c => c.Purl), bom.Diagnostics)
                    : new(null, bom.Diagnostics);
            }

            var spdx = SpdxDocument.Load(document);
            return spdx.Value is { } d
                ? From(SbomFormat.Spdx, d.Packages.Select(p => p.Purls.Count > 0 ? p.Purls[0] : null), spdx.Diagnostics)
                : new(null, spdx.Diagnostics);
        }

        var lines = Encoding.UTF8.GetString(span).Split('\n');
        var purls = new List<string?>();
        var problems = new List<JsonDiagnostic>();
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            if (!PackageUrl.TryParse(line, out _, out var error))
            {
                problems.Add(new JsonDiagnostic($"line {i + 1}", $"not a package URL: {error}"));
                continue;
            }

            purls.Add(line);
        }

        return problems.Count > 0 ? new(null, problems) : From(SbomFormat.PurlList, purls, []);
    }

    private static JsonLoadResult<SbomInventory> From(SbomFormat format, IEnumerable<string?> purls, IReadOnlyList<JsonDiagnostic> diagnostics)
    {
        var seen = new HashSet<PackageUrl>();
        var components = new List<PackageUrl>();
        var unidentified = 0;
        foreach (var text in purls)
        {
            if (PackageUrl.TryParse(text, out var purl, out _) && purl.Version is { Length: > 0 })
            {
                if (seen.Add(purl))
                {
                    components.Add(purl);
                }
            }
            else
            {
                unidentified++;
            }
        }

        return new(new SbomInventory(format, components, unidentified), diagnostics);
    }
}
