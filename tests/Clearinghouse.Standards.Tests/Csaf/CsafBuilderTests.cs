using Clearinghouse.Standards.Csaf;
using Clearinghouse.Standards.Cvss;

namespace Clearinghouse.Standards.Tests.Csaf;

public sealed class CsafBuilderTests
{
    /// <summary>
    /// A CSAF VEX advisory built in code: one vulnerability, two products, one known affected (with a vendor fix and a
    /// CVSS 3.1 score) and one known not affected (with the justification vulnerable_code_not_present).
    /// </summary>
    internal static CsafAdvisory Build()
    {
        var released = CsafDateTime.Parse("2026-11-21T12:00:00Z");
        Assert.True(CvssVector.TryParse("CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H", out var vector, out _));
        return new CsafAdvisory
        {
            Document = new CsafDocument
            {
                Category = "csaf_vex",
                CsafVersion = "2.0",
                Lang = "en",
                Title = "Example Widget: remote code execution in the parser",
                Publisher = new CsafPublisher { Category = CsafPublisherCategory.Vendor, Name = "Example Corp", Namespace = "https://example.com" },
                Distribution = new CsafDistribution { Tlp = new CsafTlp { Label = CsafTlpLabel.White } },
                Notes = [new CsafNote { Category = CsafNoteCategory.Summary, Text = "Widget 1.0 is affected; Widget 2.0 is not." }],
                Tracking = new CsafTracking
                {
                    Id = "EX-2026-0001",
                    Status = CsafDocumentStatus.Final,
                    Version = "1",
                    InitialReleaseDate = released,
                    CurrentReleaseDate = released,
                    RevisionHistory = [new CsafRevision { Date = released, Number = "1", Summary = "Initial version." }],
                },
            },
            ProductTree = new CsafProductTree
            {
                Branches =
                [
                    new CsafBranch
                    {
                        Category = CsafBranchCategory.Vendor,
                        Name = "Example Corp",
                        Branches =
                        [
                            new CsafBranch
                            {
                                Category = CsafBranchCategory.ProductName,
                                Name = "Widget",
                                Branches =
                                [
                                    Version("1.0", "CSAFPID-0001"),
                                    Version("2.0", "CSAFPID-0002"),
                                ],
                            },
                        ],
                    },
                ],
            },
            Vulnerabilities =
            [
                new CsafVulnerability
                {
                    Cve = "CVE-2026-0001",
                    Notes = [new CsafNote { Category = CsafNoteCategory.Description, Text = "A crafted request runs code in the parser." }],
                    ProductStatus = new CsafProductStatus { KnownAffected = ["CSAFPID-0001"], KnownNotAffected = ["CSAFPID-0002"] },
                    Flags = [new CsafFlag { Label = CsafFlagLabel.VulnerableCodeNotPresent, ProductIds = ["CSAFPID-0002"] }],
                    Remediations =
                    [
                        new CsafRemediation
                        {
                            Category = CsafRemediationCategory.VendorFix,
                            Details = "Upgrade to Widget 2.0.",
                            ProductIds = ["CSAFPID-0001"],
                            Url = "https://example.com/widget/2.0",
                            RestartRequired = new CsafRestartRequired { Category = CsafRestartCategory.Service },
                        },
                    ],
                    Scores = [new CsafScore { Products = ["CSAFPID-0001"], CvssV3 = CsafCvss.From(vector) }],
                },
            ],
        };
    }

    [Fact]
    public void A_built_advisory_round_trips_and_passes_our_mandatory_tests()
    {
        var advisory = Build();

        var read = CsafReader.Read(CsafWriter.Write(advisory));

        Assert.True(read.Succeeded, string.Join("; ", read.Diagnostics));
        Assert.Equal(advisory, read.Value);
        Assert.Empty(CsafMandatoryTests.Run(advisory));
    }

    [Fact]
    public void The_CVSS_object_carries_the_computed_base_score_and_severity()
    {
        var cvss = Build().Vulnerabilities![0].Scores![0].CvssV3!;

        Assert.Equal(("3.1", 9.8m, "CRITICAL"), (cvss.Version, cvss.BaseScore, cvss.BaseSeverity));
        Assert.Equal("NETWORK", cvss.Extensions!["attackVector"].GetString());
    }

    private static CsafBranch Version(string version, string id) => new()
    {
        Category = CsafBranchCategory.ProductVersion,
        Name = version,
        Product = new CsafFullProductName { Name = "Example Corp Widget " + version, ProductId = id },
    };
}
