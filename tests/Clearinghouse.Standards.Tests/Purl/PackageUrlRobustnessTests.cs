using Clearinghouse.Standards.Osv;
using Clearinghouse.Standards.Purl;
using Clearinghouse.Standards.Versions;

namespace Clearinghouse.Standards.Tests.Purl;

/// <summary>Parsers of untrusted text must answer, not throw: a fixed-seed stream of short strings from a purl-ish alphabet.</summary>
public sealed class PackageUrlRobustnessTests
{
    private const string Alphabet = "pkg:/@?#=&%.-_~+!*'2aZ0 9éF\t\n\"|>-";

    private static IEnumerable<string> Inputs(int seed, int count)
    {
        var random = new Random(seed);
        for (var i = 0; i < count; i++)
        {
            var chars = new char[random.Next(0, 24)];
            for (var j = 0; j < chars.Length; j++)
            {
                chars[j] = Alphabet[random.Next(Alphabet.Length)];
            }

            yield return (i % 3 == 0 ? "pkg:npm/" : string.Empty) + new string(chars);
        }
    }

    [Fact]
    public void Purl_parsing_of_arbitrary_text_never_throws_and_what_parses_round_trips()
    {
        var failures = new List<string>();
        foreach (var text in Inputs(4, 20_000))
        {
            try
            {
                if (PackageUrl.TryParse(text, out var purl, out _)
                    && (!PackageUrl.TryParse(purl.ToString(), out var again, out var error) || !again.Equals(purl)))
                {
                    failures.Add($"'{text}' -> '{purl}' does not round-trip ({error})");
                }
            }
            catch (Exception e) when (e is not Xunit.Sdk.XunitException)
            {
                failures.Add($"'{text}': {e.GetType().Name}: {e.Message}");
            }
        }

        Assert.True(failures.Count == 0, string.Join('\n', failures));
    }

    [Fact]
    public void Version_orderings_and_the_osv_yaml_reader_never_throw_on_arbitrary_text()
    {
        var failures = new List<string>();
        var inputs = Inputs(7, 5_000).ToList();
        for (var i = 1; i < inputs.Count; i++)
        {
            foreach (var ecosystem in VersionOrderings.Ecosystems)
            {
                try
                {
                    var ordering = VersionOrderings.ForEcosystem(ecosystem)!;
                    _ = ordering.IsValid(inputs[i]);
                    _ = ordering.TryCompare(inputs[i], inputs[i - 1], out _);
                }
                catch (Exception e)
                {
                    failures.Add($"{ecosystem} '{inputs[i]}' vs '{inputs[i - 1]}': {e.GetType().Name}: {e.Message}");
                }
            }

            try
            {
                _ = OsvRecord.TryParseYaml("id: " + inputs[i] + "\ndetails:" + inputs[i - 1], out _, out _);
            }
            catch (Exception e)
            {
                failures.Add($"yaml '{inputs[i]}': {e.GetType().Name}: {e.Message}");
            }
        }

        Assert.True(failures.Count == 0, string.Join('\n', failures.Take(200)));
    }
}
