using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Clearinghouse.Standards.Json;

namespace Clearinghouse.Standards.Osv;

/// <summary>
/// Turns the YAML subset of OSV files (the PyPA advisory database's) into JSON: block mappings and sequences (a sequence
/// may sit at its key's indentation), plain scalars over several lines, single- and double-quoted scalars, literal and
/// folded block scalars, comment lines, and the empty flow collections <c>[]</c> and <c>{}</c>. Every scalar becomes a
/// JSON string, as OSV's fields are; an empty value becomes null. Anchors, tags, flow collections with content and
/// multiple documents are refused with the line where they appear.
/// </summary>
internal sealed partial class OsvYamlReader
{
    private readonly List<string> lines;
    private readonly Utf8JsonWriter writer;
    private int index;

    private OsvYamlReader(string text, Utf8JsonWriter writer)
    {
        lines = [.. text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n')];
        this.writer = writer;
    }

    public static bool TryConvert(string text, out ReadOnlyMemory<byte> json, out JsonDiagnostic error)
    {
        var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            var reader = new OsvYamlReader(text, writer);
            try
            {
                reader.SkipBlank();
                if (reader.index >= reader.lines.Count)
                {
                    throw new YamlError(1, "the document is empty");
                }

                reader.Node(reader.Indent(reader.index));
                reader.SkipBlank();
                if (reader.index < reader.lines.Count)
                {
                    throw new YamlError(reader.index + 1, "unexpected content after the document (wrong indentation?)");
                }
            }
            catch (YamlError e)
            {
                json = default;
                error = new JsonDiagnostic(string.Create(CultureInfo.InvariantCulture, $"line {e.Line}, byte 1"), "not valid YAML (of the subset read here): " + e.Reason);
                return false;
            }
        }

        json = buffer.GetBuffer().AsMemory(0, (int)buffer.Length);
        error = default;
        return true;
    }

    private static int Indent(string line) => line.Length - line.TrimStart(' ').Length;

    private static bool IsBlank(string line) => line.Trim().Length == 0 || line.TrimStart().StartsWith('#');

    private static bool IsItem(string content) => content == "-" || content.StartsWith("- ", StringComparison.Ordinal);

    private int Indent(int line) => Indent(lines[line]);

    private void SkipBlank()
    {
        while (index < lines.Count && IsBlank(lines[index]))
        {
            index++;
        }
    }

    // Writes the node whose first line is lines[index], indented by `indent`.
    private void Node(int indent)
    {
        var content = lines[index][indent..];
        if (content.StartsWith('\t') || lines[index][..indent].Contains('\t', StringComparison.Ordinal))
        {
            throw new YamlError(index + 1, "tabs are not indentation in YAML");
        }

        if (IsItem(content))
        {
            Sequence(indent);
        }
        else if (Key().Match(content) is { Success: true })
        {
            Mapping(indent);
        }
        else
        {
            Scalar(content, indent - 1);
        }
    }

    private void Sequence(int indent)
    {
        writer.WriteStartArray();
        while (true)
        {
            SkipBlank();
            if (index >= lines.Count || Indent(index) != indent || !IsItem(lines[index][indent..]))
            {
                break;
            }

            var rest = lines[index][indent..].Length > 1 ? lines[index][(indent + 2)..] : string.Empty;
            if (rest.Trim().Length == 0)
            {
                index++;
                SkipBlank();
                if (index < lines.Count && Indent(index) > indent)
                {
                    Node(Indent(index));
                }
                else
                {
                    writer.WriteNullValue();
                }

                continue;
            }

            // "- key: value" starts a mapping (or "- - x" a sequence) whose indentation is that of its content.
            var inner = indent + 2 + Indent(rest);
            lines[index] = new string(' ', inner) + rest.TrimStart(' ');
            Node(inner);
        }

        writer.WriteEndArray();
    }

    private void Mapping(int indent)
    {
        writer.WriteStartObject();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        while (true)
        {
            SkipBlank();
            if (index >= lines.Count || Indent(index) != indent || IsItem(lines[index][indent..]))
            {
                break;
            }

            var content = lines[index][indent..];
            var match = Key().Match(content);
            if (!match.Success)
            {
                throw new YamlError(index + 1, "expected 'key: value'");
            }

            var key = Unquote(match.Groups["key"].Value);
            if (!seen.Add(key))
            {
                throw new YamlError(index + 1, $"the key '{key}' appears twice");
            }

            writer.WritePropertyName(key);
            var rest = StripComment(content[match.Length..]).Trim();
            if (rest.Length == 0)
            {
                index++;
                SkipBlank();
                if (index < lines.Count && (Indent(index) > indent || (Indent(index) == indent && IsItem(lines[index][indent..]))))
                {
                    Node(Indent(index));
                }
                else
                {
                    writer.WriteNullValue();
                }
            }
            else
            {
                Scalar(content[match.Length..].TrimStart(' '), indent, keyIndent: indent);
            }
        }

        writer.WriteEndObject();
    }

    // A scalar starting with `text` on lines[index]; continuation lines must be indented more than `parentIndent`.
    // keyIndent is given for a mapping value, where a block scalar's explicit indentation digit counts from the key.
    private void Scalar(string text, int parentIndent, int? keyIndent = null)
    {
        var trimmed = StripComment(text).Trim();
        if (trimmed is "[]" or "{}")
        {
            index++;
            if (trimmed == "[]")
            {
                writer.WriteStartArray();
                writer.WriteEndArray();
            }
            else
            {
                writer.WriteStartObject();
                writer.WriteEndObject();
            }

            return;
        }

        if (trimmed.Length > 0 && trimmed[0] is '[' or '{' or '&' or '*' or '!' or '%' or '@' or '`')
        {
            throw new YamlError(index + 1, $"'{trimmed[0]}' (flow collections, anchors, aliases, tags, directives) is outside the subset read here");
        }

        if (trimmed.Length > 0 && trimmed[0] is '|' or '>')
        {
            writer.WriteStringValue(BlockScalar(trimmed, parentIndent, keyIndent));
            return;
        }

        if (text.Length > 0 && text[0] is '"' or '\'')
        {
            writer.WriteStringValue(Quoted(text));
            return;
        }

        // A plain scalar: continuation lines are folded with spaces, blank lines become newlines.
        var builder = new StringBuilder(trimmed);
        index++;
        var pendingNewlines = 0;
        while (index < lines.Count)
        {
            var line = lines[index];
            if (line.Trim().Length == 0)
            {
                pendingNewlines++;
                index++;
                continue;
            }

            if (Indent(line) <= parentIndent || line.TrimStart().StartsWith('#'))
            {
                break;
            }

            builder.Append(pendingNewlines > 0 ? new string('\n', pendingNewlines) : " ").Append(StripComment(line).Trim());
            pendingNewlines = 0;
            index++;
        }

        index -= pendingNewlines;
        writer.WriteStringValue(builder.ToString());
    }

    private string BlockScalar(string header, int parentIndent, int? keyIndent)
    {
        // The header is '|' or '>', then an indentation digit and a chomping sign in either order ("|2+", "|-").
        var literal = header[0] == '|';
        var chomp = header.Contains('-', StringComparison.Ordinal) ? '-' : header.Contains('+', StringComparison.Ordinal) ? '+' : ' ';
        var start = ++index;
        var digit = header.FirstOrDefault(char.IsAsciiDigit);
        var blockIndent = digit != default && keyIndent is { } k ? k + (digit - '0') : -1;
        var body = new List<string>();
        while (index < lines.Count)
        {
            var line = lines[index];
            if (line.Trim().Length == 0)
            {
                body.Add(string.Empty);
                index++;
                continue;
            }

            var lineIndent = Indent(line);
            if (lineIndent <= parentIndent || (blockIndent >= 0 && lineIndent < blockIndent))
            {
                break;
            }

            if (blockIndent < 0)
            {
                blockIndent = lineIndent;
            }

            body.Add(line[blockIndent..]);
            index++;
        }

        // Trailing blank lines belong to the chomping, not the content.
        var trailing = 0;
        while (body.Count > 0 && body[^1].Length == 0)
        {
            body.RemoveAt(body.Count - 1);
            trailing++;
        }

        index = start + body.Count + trailing;
        string text;
        if (literal)
        {
            text = string.Join('\n', body);
        }
        else
        {
            var builder = new StringBuilder();
            for (var i = 0; i < body.Count; i++)
            {
                if (i > 0)
                {
                    var foldable = body[i].Length > 0 && body[i - 1].Length > 0 && body[i][0] != ' ' && body[i - 1][0] != ' ';
                    builder.Append(foldable ? ' ' : '\n');
                }

                builder.Append(body[i]);
            }

            text = builder.ToString();
        }

        return body.Count == 0 ? string.Empty : chomp switch
        {
            '-' => text,
            '+' => text + new string('\n', trailing + 1),
            _ => text + "\n",
        };
    }

    private string Quoted(string text)
    {
        var quote = text[0];
        var builder = new StringBuilder();
        var position = 1;
        var line = text;
        var startLine = index + 1;
        while (true)
        {
            if (position >= line.Length)
            {
                // The scalar goes on: a line break folds to a space, blank lines to newlines.
                index++;
                var blank = 0;
                while (index < lines.Count && lines[index].Trim().Length == 0)
                {
                    blank++;
                    index++;
                }

                if (index >= lines.Count)
                {
                    throw new YamlError(startLine, "a quoted scalar is not closed");
                }

                while (builder.Length > 0 && builder[^1] == ' ')
                {
                    builder.Length--;
                }

                builder.Append(blank > 0 ? new string('\n', blank) : " ");
                line = lines[index].TrimStart(' ', '\t');
                position = 0;
                continue;
            }

            var c = line[position];
            if (c == quote)
            {
                if (quote == '\'' && position + 1 < line.Length && line[position + 1] == '\'')
                {
                    builder.Append('\'');
                    position += 2;
                    continue;
                }

                var after = StripComment(line[(position + 1)..]).Trim();
                if (after.Length > 0)
                {
                    throw new YamlError(index + 1, "unexpected text after a quoted scalar");
                }

                index++;
                return builder.ToString();
            }

            if (quote == '"' && c == '\\')
            {
                if (position + 1 >= line.Length)
                {
                    // An escaped line break: the next line joins without a space.
                    index++;
                    line = index < lines.Count ? lines[index].TrimStart(' ', '\t') : throw new YamlError(startLine, "a quoted scalar is not closed");
                    position = 0;
                    continue;
                }

                position = Escape(line, position + 1, builder);
                continue;
            }

            builder.Append(c);
            position++;
        }
    }

    private int Escape(string line, int position, StringBuilder builder)
    {
        var c = line[position];
        switch (c)
        {
            case 'x' or 'u' or 'U':
                {
                    var length = c == 'x' ? 2 : c == 'u' ? 4 : 8;
                    if (line.Length - position - 1 < length
                        || !int.TryParse(line.AsSpan(position + 1, length), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var code)
                        || code is < 0 or > 0x10FFFF)
                    {
                        throw new YamlError(index + 1, $"a bad \\{c} escape");
                    }

                    // A lone surrogate (half of a \u pair) is kept as the UTF-16 unit it is.
                    builder.Append(code is >= 0xD800 and <= 0xDFFF ? ((char)code).ToString() : char.ConvertFromUtf32(code));
                    return position + 1 + length;
                }

            default:
                builder.Append(c switch
                {
                    '0' => "\0",
                    'a' => "\a",
                    'b' => "\b",
                    't' or '\t' => "\t",
                    'n' => "\n",
                    'v' => "\v",
                    'f' => "\f",
                    'r' => "\r",
                    'e' => "\u001b",
                    ' ' => " ",
                    '"' => "\"",
                    '/' => "/",
                    '\\' => "\\",
                    'N' => "\u0085",
                    '_' => "\u00a0",
                    'L' => "\u2028",
                    'P' => "\u2029",
                    _ => throw new YamlError(index + 1, $"an unknown escape \\{c}"),
                });
                return position + 1;
        }
    }

    private static string Unquote(string key) =>
        key.Length >= 2 && key[0] is '"' or '\'' && key[^1] == key[0] ? key[1..^1] : key;

    // " #" starts a comment in plain text; inside quotes it does not, and callers strip only outside quotes.
    private static string StripComment(string text)
    {
        if (text.StartsWith('"') || text.StartsWith('\''))
        {
            return text;
        }

        var hash = text.IndexOf(" #", StringComparison.Ordinal);
        return hash >= 0 ? text[..hash] : text.StartsWith('#') ? string.Empty : text;
    }

    [GeneratedRegex("""^(?<key>"[^"]*"|'[^']*'|[^\s"'#\-?:,\[\]{}&*!|>%@`][^:#]*?|-[^\s:][^:#]*?)[ ]*:(?:[ ]+|$)""")]
    private static partial Regex Key();

    private sealed class YamlError(int line, string reason) : Exception(reason)
    {
        public int Line { get; } = line;

        public string Reason { get; } = reason;
    }
}
