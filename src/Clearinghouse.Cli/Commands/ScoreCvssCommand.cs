using System.Buffers;
using System.CommandLine;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Clearinghouse.Standards.Cvss;

namespace Clearinghouse.Cli.Commands;

/// <summary>
/// <c>score cvss</c>: scores vectors offline, one output line per input vector: the normalized vector, the score of the
/// vector as given and its severity, tab-separated; or with <c>--json</c> one FIRST CVSS JSON object per line.
/// An invalid vector gets an error line (position and reason) in its place, the rest are still scored, and the exit code is 1.
/// </summary>
public static class ScoreCvssCommand
{
    public static Command Build(CliConsole console)
    {
        var vectors = new Argument<string[]>("vector") { Description = "CVSS vectors (v4.0, v3.1, v3.0 or v2.0).", Arity = ArgumentArity.ZeroOrMore };
        var stdin = new Option<bool>("--stdin") { Description = "Read vectors from standard input, one per line." };
        var command = new Command("cvss", "Score CVSS vectors: normalized vector, score and severity per line (tab-separated), or FIRST CVSS JSON with --json.")
        {
            vectors, stdin,
        };
        command.SetAction(async (parse, ct) =>
        {
            var given = parse.GetValue(vectors) ?? [];
            var fromStdin = parse.GetValue(stdin);
            if (fromStdin == (given.Length > 0))
            {
                await console.Error.WriteLineAsync("Give vectors as arguments or --stdin (one per line), not both and not neither.");
                return ExitCodes.Usage;
            }

            var input = fromStdin ? console.Input : new StringReader(string.Join('\n', given));
            var output = console.BulkOutput();
            var failed = parse.GetValue(CliOptions.Json) ? WriteJson(input, output) : WriteText(input, output);
            await output.FlushAsync(ct);
            return failed ? ExitCodes.No : ExitCodes.Ok;
        });
        return command;
    }

    private static bool WriteText(TextReader input, TextWriter output)
    {
        var failed = false;
        Span<char> line = stackalloc char[256];
        while (input.ReadLine() is { } text)
        {
            var vector = text.AsSpan().Trim();
            if (vector.IsEmpty)
            {
                continue;
            }

            if (!CvssVector.TryParse(vector, out var parsed, out var error))
            {
                failed = true;
                output.Write("error\t");
                output.Write(vector);
                output.Write('\t');
                output.WriteLine(error.ToString());
                continue;
            }

            var length = parsed.Format(line);
            line[length++] = '\t';
            var score = parsed.Score;
            if (score.Tenths >= 100)
            {
                line[length++] = '1';
            }

            line[length++] = (char)('0' + (score.Tenths / 10 % 10));
            line[length++] = '.';
            line[length++] = (char)('0' + (score.Tenths % 10));
            line[length++] = '\t';
            var severity = SeverityNames[(int)parsed.Severity];
            severity.CopyTo(line[length..]);
            length += severity.Length;
            output.WriteLine(line[..length]);
        }

        return failed;
    }

    private static readonly string[] SeverityNames = ["None", "Low", "Medium", "High", "Critical"];

    private static bool WriteJson(TextReader input, TextWriter output)
    {
        var failed = false;
        var buffer = new ArrayBufferWriter<byte>(1024);
        var chars = new char[4096];
        using var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        while (input.ReadLine() is { } text)
        {
            var vector = text.AsSpan().Trim();
            if (vector.IsEmpty)
            {
                continue;
            }

            buffer.ResetWrittenCount();
            writer.Reset(buffer);
            if (CvssVector.TryParse(vector, out var parsed, out var error))
            {
                parsed.WriteJson(writer);
            }
            else
            {
                failed = true;
                writer.WriteStartObject();
                writer.WriteString("error", error.Reason);
                writer.WriteNumber("position", error.Position);
                writer.WriteString("input", vector);
                writer.WriteEndObject();
            }

            writer.Flush();
            var count = Encoding.UTF8.GetChars(buffer.WrittenSpan, chars);
            output.WriteLine(chars.AsSpan(0, count));
        }

        return failed;
    }
}
