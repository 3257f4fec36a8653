using System.Diagnostics.CodeAnalysis;
using System.Text;
using Clearinghouse.Standards.Json;
using Clearinghouse.Standards.Osv;

namespace Clearinghouse.Cli;

/// <summary>An OSV record as a file holds it: JSON, or the YAML some databases publish (told by the .yaml or .yml extension).</summary>
public static class OsvFile
{
    public static bool TryRead(FileInfo file, ReadOnlyMemory<byte> bytes, [NotNullWhen(true)] out OsvRecord? record, out IReadOnlyList<JsonDiagnostic> diagnostics)
    {
        ArgumentNullException.ThrowIfNull(file);
        return file.Extension is ".yaml" or ".yml"
            ? OsvRecord.TryParseYaml(Encoding.UTF8.GetString(bytes.Span), out record, out diagnostics)
            : OsvRecord.TryParse(bytes, out record, out diagnostics);
    }
}
