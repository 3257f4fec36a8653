using System.Text.Json;
using Clearinghouse.Standards.Csaf;

namespace Clearinghouse.Standards.Tests.Csaf;

/// <summary>The OASIS TC's conformance documents (test/validator/data/testcases.json) for the mandatory tests we implement.</summary>
public sealed class CsafConformanceTests
{
    private static readonly string[] Implemented =
    [
        "6.1.1", "6.1.2", "6.1.3", "6.1.4", "6.1.5", "6.1.6", "6.1.7", "6.1.8", "6.1.9", "6.1.23", "6.1.27.1", "6.1.27.2", "6.1.27.3", "6.1.27.4",
        "6.1.27.5", "6.1.27.6", "6.1.27.7", "6.1.27.8", "6.1.27.9", "6.1.27.10", "6.1.27.11", "6.1.29", "6.1.32", "6.1.33",
    ];

    [Fact]
    public void Conformance_documents_of_the_implemented_tests_fail_and_pass_as_the_TC_says()
    {
        using var cases = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(RealCsaf.ValidatorData, "testcases.json")));
        var wrong = new List<string>();
        var checkedCount = 0;
        foreach (var test in cases.RootElement.GetProperty("tests").EnumerateArray())
        {
            var id = test.GetProperty("id").GetString()!;
            if (!Implemented.Contains(id))
            {
                continue;
            }

            foreach (var kind in new[] { "failures", "valid" })
            {
                if (!test.TryGetProperty(kind, out var documents))
                {
                    continue;
                }

                foreach (var document in documents.EnumerateArray())
                {
                    var name = document.GetProperty("name").GetString()!;
                    var result = CsafReader.Read(File.ReadAllBytes(Path.Combine(RealCsaf.ValidatorData, name)));
                    var failed = !result.Succeeded || CsafMandatoryTests.Run(result.Value).Any(d => d.Reason.StartsWith(id + " ", StringComparison.Ordinal));
                    checkedCount++;
                    if (failed != (kind == "failures"))
                    {
                        wrong.Add($"{id} {name}: expected {(kind == "failures" ? "a failure" : "no failure")}");
                    }
                }
            }
        }

        Assert.True(checkedCount >= 30, $"only {checkedCount} conformance documents found");
        Assert.True(wrong.Count == 0, $"{wrong.Count} of {checkedCount} wrong:\n{string.Join('\n', wrong)}");
    }

    [Fact]
    public void Diagnostics_point_at_the_undefined_product_id()
    {
        var advisory = CsafBuilderTests.Build() with { };
        var vulnerability = advisory.Vulnerabilities![0] with { ProductStatus = new CsafProductStatus { Fixed = ["CSAFPID-0009"] } };
        var broken = advisory with { Vulnerabilities = [vulnerability] };

        var diagnostics = CsafMandatoryTests.Run(broken);

        Assert.Contains(diagnostics, d => d.Location == "/vulnerabilities/0/product_status/fixed/0" && d.Reason.StartsWith("6.1.1 ", StringComparison.Ordinal));
    }

    [Fact]
    public void A_CVSS_base_score_that_does_not_match_the_vector_fails_6_1_9()
    {
        var advisory = CsafBuilderTests.Build();
        var score = advisory.Vulnerabilities![0].Scores![0];
        var wrong = score with { CvssV3 = score.CvssV3! with { BaseScore = 9.9m } };
        var broken = advisory with { Vulnerabilities = [advisory.Vulnerabilities[0] with { Scores = [wrong] }] };

        var diagnostics = CsafMandatoryTests.Run(broken);

        Assert.Equal(["/vulnerabilities/0/scores/0/cvss_v3/baseScore"], diagnostics.Select(d => d.Location));
        Assert.Empty(CsafMandatoryTests.Run(advisory));
    }
}
