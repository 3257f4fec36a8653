using System.ComponentModel.DataAnnotations;
using Clearinghouse.Standards.Tlp;

namespace Clearinghouse.Contracts.Findings;

/// <summary>
/// One finding in the clearinghouse's native format: what a scanner (usually an AI system) found, where, how, and how to
/// see it happen. The reporter is the caller (its organization and member); the clearinghouse fingerprints the finding,
/// joins it to a case (a new one, or the case of the same vulnerability reported before) and verifies it.
/// </summary>
public sealed record FindingSubmission
{
    /// <summary>A one-line title, e.g. "Heap buffer overflow in png_read_row".</summary>
    [Required, StringLength(300, MinimumLength = 3)]
    public required string Title { get; init; }

    /// <summary>What is wrong and what an attacker can do with it (CommonMark).</summary>
    [StringLength(65_536)]
    public string? Description { get; init; }

    /// <summary>What is affected: a package version, a repository commit or a product.</summary>
    [Required]
    public required FindingTarget Target { get; init; }

    /// <summary>The weakness, as a CWE id: <c>CWE-787</c>.</summary>
    [RegularExpression(@"^CWE-[1-9][0-9]{0,5}$", ErrorMessage = "The weakness is a CWE id such as CWE-787.")]
    public string? Weakness { get; init; }

    /// <summary>Where in the code, when known.</summary>
    public FindingLocation? Location { get; init; }

    /// <summary>The reporter's proposed CVSS vector (v3.0, v3.1 or v4.0); the clearinghouse scores it and may revise it.</summary>
    [StringLength(400)]
    public string? CvssVector { get; init; }

    /// <summary>Who may see the finding; TLP:AMBER (the reporting organization and the clearinghouse) unless given.</summary>
    public TlpLabel? Tlp { get; init; }

    /// <summary>The scan campaign the finding came from, if it was registered with the clearinghouse.</summary>
    public Guid? Campaign { get; init; }

    /// <summary>How it was found.</summary>
    [Required]
    public required FindingOrigin FoundBy { get; init; }

    /// <summary>The scanner's rule or check id (SARIF <c>ruleId</c>).</summary>
    [StringLength(300)]
    public string? RuleId { get; init; }

    /// <summary>The scanner's partial fingerprints (SARIF <c>partialFingerprints</c>, e.g. <c>primaryLocationLineHash</c>).</summary>
    public IReadOnlyDictionary<string, string>? PartialFingerprints { get; init; }

    /// <summary>The crash or sanitizer report (AddressSanitizer, UBSan, a Go or Rust panic, a Java exception...), from which the clearinghouse computes the crash state.</summary>
    [StringLength(1_048_576)]
    public string? CrashReport { get; init; }

    /// <summary>True when the reporter has already told the supplier (the maintainer or vendor): an input of the coordinator triage decision.</summary>
    public bool? SupplierContacted { get; init; }

    /// <summary>Ids the vulnerability already has elsewhere (CVE, GHSA, OSV), if the reporter knows them.</summary>
    public IReadOnlyList<string>? Aliases { get; init; }

    /// <summary>The reporter's own id for the finding, echoed back in results.</summary>
    [StringLength(300)]
    public string? ExternalId { get; init; }

    /// <summary>Files that support the finding: proof-of-concept inputs, logs, build scripts. Stored encrypted, addressed by their SHA-256.</summary>
    public IReadOnlyList<EvidenceFile>? Evidence { get; init; }

    /// <summary>How the clearinghouse can reproduce the finding in its sandbox.</summary>
    public ReproductionRecipe? Reproduction { get; init; }

    /// <summary>Reveals an earlier priority claim: the finding takes the claim's place in time.</summary>
    public ClaimReveal? Claim { get; init; }
}

/// <summary>
/// The reveal of a priority claim: the claim's id and the salt. The claim's commitment must be the lower-case hex
/// SHA-256 of the UTF-8 text <c>SALT:FINGERPRINT</c>, where FINGERPRINT is one of the finding's scheme-1 fingerprints
/// (docs/adr/009) in lower-case hex.
/// </summary>
public sealed record ClaimReveal
{
    /// <summary>The claim's id, as the claim's answer gave it.</summary>
    public required Guid Id { get; init; }

    /// <summary>The salt, 32 to 128 characters: a random secret that kept the commitment from revealing anything.</summary>
    [Required, StringLength(128, MinimumLength = 32)]
    public required string Salt { get; init; }
}

/// <summary>A priority claim: a commitment to a finding not yet revealed, which fixes its place in time.</summary>
public sealed record PriorityClaimRequest
{
    /// <summary>Lower-case hex SHA-256 of <c>SALT:FINGERPRINT</c> (see <see cref="ClaimReveal"/>).</summary>
    [Required, RegularExpression("^[0-9a-f]{64}$", ErrorMessage = "The commitment is a lower-case hex SHA-256.")]
    public required string Commitment { get; init; }
}

/// <summary>A priority claim as recorded.</summary>
/// <param name="Id">The claim's id, to quote when revealing.</param>
/// <param name="Commitment">The commitment.</param>
/// <param name="ClaimedAt">When the clearinghouse committed the claim: the finding's place in time once revealed.</param>
/// <param name="RevealedBy">The finding that revealed it, once one did.</param>
public sealed record PriorityClaimView(Guid Id, string Commitment, DateTimeOffset ClaimedAt, Guid? RevealedBy);

/// <summary>What a finding affects: exactly one of a package (purl with version), a source repository (with a commit), or a product.</summary>
public sealed record FindingTarget
{
    /// <summary>A package URL with its version: <c>pkg:npm/left-pad@1.3.0</c>.</summary>
    [StringLength(1000)]
    public string? Purl { get; init; }

    /// <summary>A source repository URL: <c>https://github.com/madler/zlib</c>.</summary>
    [StringLength(1000)]
    public string? Repository { get; init; }

    /// <summary>The repository commit the finding was made at (with <see cref="Repository"/> only).</summary>
    [RegularExpression("^[0-9a-f]{7,64}$", ErrorMessage = "The commit is a hexadecimal commit id.")]
    public string? Commit { get; init; }

    /// <summary>A product identifier when there is no package or repository: a CPE 2.3 name or a vendor's product and version.</summary>
    [StringLength(1000)]
    public string? Product { get; init; }

    /// <summary>The first affected version, when the reporter knows the range.</summary>
    [StringLength(200)]
    public string? Introduced { get; init; }

    /// <summary>The first version that is no longer affected, when known.</summary>
    [StringLength(200)]
    public string? Fixed { get; init; }
}

/// <summary>Where in the code a finding is.</summary>
public sealed record FindingLocation
{
    /// <summary>The file, relative to the repository or package root: <c>src/pngrutil.c</c>.</summary>
    [StringLength(2000)]
    public string? File { get; init; }

    /// <summary>The line, counted from 1.</summary>
    [Range(1, int.MaxValue)]
    public int? Line { get; init; }

    /// <summary>The function or method.</summary>
    [StringLength(1000)]
    public string? Function { get; init; }
}

/// <summary>How a finding was found.</summary>
public sealed record FindingOrigin
{
    /// <summary>The tool: <c>CodeQL</c>, <c>libFuzzer</c>, an AI agent's name.</summary>
    [Required, StringLength(200, MinimumLength = 1)]
    public required string Tool { get; init; }

    /// <summary>The tool's version.</summary>
    [StringLength(100)]
    public string? ToolVersion { get; init; }

    /// <summary>The AI model that found or helped find it, if one did: its name and version.</summary>
    [StringLength(200)]
    public string? Model { get; init; }
}

/// <summary>A file attached to a finding.</summary>
public sealed record EvidenceFile
{
    /// <summary>The file's name, which a reproduction recipe uses to place it: letters, digits, '.', '-' and '_'.</summary>
    [Required, RegularExpression(@"^[A-Za-z0-9][A-Za-z0-9._-]{0,199}$", ErrorMessage = "An evidence file name is letters, digits, '.', '-' and '_', starting with a letter or digit.")]
    public required string Name { get; init; }

    /// <summary>The media type, e.g. <c>application/octet-stream</c> or <c>text/plain</c>.</summary>
    [StringLength(200)]
    public string? MediaType { get; init; }

    /// <summary>The content, base64.</summary>
    [Required]
    public required string ContentBase64 { get; init; }
}

/// <summary>
/// How to reproduce a finding: a command run in the clearinghouse's sandbox (no network, limited time and memory) with
/// some of the evidence files in its working directory, and what it must show. It runs at least three times; the
/// finding reproduces when at least half the runs show the expected outcome.
/// </summary>
public sealed record ReproductionRecipe
{
    /// <summary>The command and its arguments, e.g. <c>["./fuzz_target", "crash-input"]</c> or <c>["sh", "run.sh"]</c>.</summary>
    [Required, MinLength(1), MaxLength(100)]
    public required IReadOnlyList<string> Command { get; init; }

    /// <summary>The evidence files (by name) placed in the working directory; executables keep their execute permission.</summary>
    public IReadOnlyList<string>? Files { get; init; }

    /// <summary>What the runs must show.</summary>
    [Required]
    public required ExpectedOutcome Expect { get; init; }

    /// <summary>The same command against the current head or the fixed version: the finding is already fixed when it does not reproduce there.</summary>
    public ReproductionVariant? Head { get; init; }
}

/// <summary>What a reproduction run must show; every condition given must hold.</summary>
public sealed record ExpectedOutcome
{
    /// <summary>The exit code.</summary>
    public int? ExitCode { get; init; }

    /// <summary>The terminating signal: <c>SIGSEGV</c>, <c>SIGABRT</c>...</summary>
    [RegularExpression("^SIG[A-Z0-9]+$", ErrorMessage = "A signal is named like SIGSEGV.")]
    public string? Signal { get; init; }

    /// <summary>A regular expression the output (standard output and error) must match.</summary>
    [StringLength(1000)]
    public string? OutputPattern { get; init; }

    /// <summary>The output must hold a crash report with the same crash state as the finding's <see cref="FindingSubmission.CrashReport"/>.</summary>
    public bool? SameCrashState { get; init; }
}

/// <summary>A second variant of a reproduction: other files, or another command, standing for the head or fixed version.</summary>
public sealed record ReproductionVariant
{
    /// <summary>The command, when it differs from the recipe's.</summary>
    [MaxLength(100)]
    public IReadOnlyList<string>? Command { get; init; }

    /// <summary>The evidence files (by name) placed in the working directory instead of the recipe's.</summary>
    public IReadOnlyList<string>? Files { get; init; }
}

/// <summary>Several findings in one request. Each is taken or refused on its own; the result names each one.</summary>
public sealed record FindingBatch
{
    /// <summary>The findings, at most 1,000 per request (a SARIF upload takes more).</summary>
    [Required, MinLength(1), MaxLength(1000)]
    public required IReadOnlyList<FindingSubmission> Findings { get; init; }
}
