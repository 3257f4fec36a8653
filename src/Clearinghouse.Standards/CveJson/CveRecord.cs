using System.Text.Json;
using Clearinghouse.Standards.Json;

namespace Clearinghouse.Standards.CveJson;

/// <summary>A CVE record in the CVE JSON 5 format (versions 5.0 to 5.2 are read; 5.1 is written).</summary>
/// <remarks>
/// Records read by <see cref="Parse"/> or <see cref="Load"/> compare by value all the way down: their lists and member maps
/// compare item by item. Lists built by hand (e.g. a plain <see cref="List{T}"/>) compare by reference inside a record.
/// </remarks>
/// <param name="DataVersion">The <c>dataVersion</c> the record was read with, e.g. <c>5.1</c>.</param>
/// <param name="Metadata">The record's metadata.</param>
/// <param name="Cna">The CNA's container.</param>
/// <param name="Adp">The ADP containers; empty when none.</param>
public sealed record CveRecord(string DataVersion, CveMetadata Metadata, CveContainer Cna, IReadOnlyList<CveContainer> Adp)
{
    /// <summary>The <c>dataVersion</c> the writer emits.</summary>
    public const string WrittenDataVersion = "5.1";

    /// <summary>Reads a record from UTF-8 JSON; never throws on bad input.</summary>
    /// <param name="utf8">The record.</param>
    public static JsonLoadResult<CveRecord> Parse(ReadOnlyMemory<byte> utf8) => CveRecordReader.Read(utf8);

    /// <summary>Reads a record from the rest of a stream; never throws on bad input.</summary>
    /// <param name="stream">The record, UTF-8.</param>
    public static JsonLoadResult<CveRecord> Load(Stream stream) => CveRecordReader.Read(JsonInput.ReadAll(stream));

    /// <summary>Writes the record as CVE JSON 5.1 (<c>dataVersion</c> is <see cref="WrittenDataVersion"/>).</summary>
    /// <param name="writer">Where to write.</param>
    public void WriteTo(Utf8JsonWriter writer) => CveRecordWriter.Write(this, writer);

    /// <summary>The record as CVE JSON 5.1 text.</summary>
    /// <param name="indented">True for indented output.</param>
    public string ToJson(bool indented = false) => JsonOutput.Text(WriteTo, indented);
}
