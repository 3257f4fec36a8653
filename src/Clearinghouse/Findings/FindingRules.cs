using System.Security.Cryptography;
using System.Text.Json;
using System.Text.RegularExpressions;
using Clearinghouse.Contracts;
using Clearinghouse.Contracts.Findings;
using Clearinghouse.Standards.Cvss;
using Clearinghouse.Standards.Purl;
using Clearinghouse.Standards.Tlp;

namespace Clearinghouse.Findings;

/// <summary>
/// The domain checks of a submitted finding beyond its declared shape, and its normalization for fingerprinting. Every
/// problem is reported with its JSON path (prefixed for a finding inside a batch); a finding with any is not taken.
/// </summary>
public static partial class FindingRules
{
    public const TlpLabel DefaultLabel = TlpLabel.Amber;

    /// <summary>
    /// Checks and normalizes every finding of a submission, <c>{path}[i]</c> naming each; the findings come back in their
    /// order, the problems in <paramref name="errors"/>. A large upload (a SARIF log of 100,000 results) is spread over
    /// the machine's cores: each finding's checks stand alone.
    /// </summary>
    public static List<NormalizedFinding> NormalizeAll(IReadOnlyList<FindingSubmission> submitted, string path, FindingsOptions options, Dictionary<string, string[]> errors)
    {
        ArgumentNullException.ThrowIfNull(submitted);
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(errors);
        var outcomes = PerFinding.Map(submitted, (finding, i) =>
        {
            var own = new Dictionary<string, string[]>();
            return (Finding: Normalize(finding, path.Length == 0 ? "" : $"{path}[{i}]", options, own), Problems: own);
        });
        foreach (var (key, value) in outcomes.SelectMany(o => o.Problems))
        {
            errors[key] = value;
        }

        return [.. outcomes.Select(o => o.Finding).OfType<NormalizedFinding>()];
    }

    public static NormalizedFinding? Normalize(FindingSubmission s, string path, FindingsOptions options, Dictionary<string, string[]> errors)
    {
        ArgumentNullException.ThrowIfNull(s);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(errors);
        var before = errors.Count;
        void Error(string field, string message) => errors[Join(path, field)] = [message];

        var target = s.Target;
        var kinds = new[] { target.Purl, target.Repository, target.Product }.Count(t => !string.IsNullOrWhiteSpace(t));
        string identity = "", versioned = "", version = "";
        if (kinds != 1)
        {
            Error("target", "Name exactly one of purl (with version), repository or product.");
        }
        else if (target.Purl is { } text)
        {
            if (!PackageUrl.TryParse(text, out var purl, out var purlError))
            {
                Error("target.purl", $"Not a package URL: at position {purlError.Position}: {purlError.Reason}.");
            }
            else if (purl.Version is null)
            {
                Error("target.purl", "The package URL needs the version the finding was made on: pkg:TYPE/NAME@VERSION.");
            }
            else
            {
                PackageUrl.TryCreate(purl.Type, purl.Namespace, purl.Name, null, null, null, out var bare, out _);
                identity = bare!.ToString();
                version = purl.Version;
            }

            if (target.Commit is not null)
            {
                Error("target.commit", "A commit goes with a repository target.");
            }
        }
        else if (target.Repository is { } repository)
        {
            if (!Uri.TryCreate(repository, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
            {
                Error("target.repository", "The repository is an http(s) URL, e.g. https://github.com/madler/zlib.");
            }
            else
            {
                var repoPath = uri.AbsolutePath.TrimEnd('/');
                repoPath = repoPath.EndsWith(".git", StringComparison.OrdinalIgnoreCase) ? repoPath[..^4] : repoPath;
                var host = uri.Host.ToLowerInvariant();

                // The big forges treat owner and repository names case-insensitively; elsewhere paths may differ by case.
                repoPath = host is "github.com" or "gitlab.com" or "bitbucket.org" or "codeberg.org" ? repoPath.ToLowerInvariant() : repoPath;
                identity = "repo:" + host + repoPath;
                version = target.Commit ?? "";
            }
        }
        else
        {
            identity = "product:" + WhiteSpace().Replace(target.Product!.Trim().ToLowerInvariant(), " ");
        }

        versioned = version.Length == 0 ? identity : identity + "@" + version;
        var affected = target.Introduced is not null || target.Fixed is not null ? $"[{target.Introduced ?? "0"},{target.Fixed ?? "*"})" : version;

        if (s.CvssVector is { } vector && !CvssVector.TryParse(vector, out _, out var cvssError))
        {
            Error("cvssVector", $"Not a CVSS vector: {cvssError}");
        }

        var tlp = s.Tlp ?? DefaultLabel;
        if (tlp == TlpLabel.Red)
        {
            Error("tlp", "A finding must be visible to clearinghouse staff to be verified: use TLP:AMBER+STRICT for the narrowest sharing.");
        }

        foreach (var (alias, i) in (s.Aliases ?? []).Select((a, i) => (a, i)))
        {
            if (!IsAlias(alias))
            {
                Error($"aliases[{i}]", "An alias is a vulnerability id such as CVE-2024-3094, GHSA-xxxx-xxxx-xxxx or PYSEC-2023-74.");
            }
        }

        if (s.PartialFingerprints is { Count: > 20 })
        {
            Error("partialFingerprints", "At most 20 partial fingerprints.");
        }
        else if (s.PartialFingerprints?.FirstOrDefault(p => p.Key.Length > 200 || p.Value.Length > 1000) is { Key: not null } tooLong)
        {
            Error($"partialFingerprints.{tooLong.Key}", "A partial fingerprint's name is at most 200 characters and its value at most 1000.");
        }

        var evidence = new List<(EvidenceFile, byte[], string)>();
        long total = 0;
        foreach (var (file, i) in (s.Evidence ?? []).Select((f, i) => (f, i)))
        {
            var buffer = new byte[file.ContentBase64.Length * 3 / 4 + 3];
            if (!Convert.TryFromBase64String(file.ContentBase64, buffer, out var written))
            {
                Error($"evidence[{i}].contentBase64", "Not base64.");
                continue;
            }

            if (written > options.MaxEvidenceBytes)
            {
                Error($"evidence[{i}].contentBase64", $"The file is {written:N0} bytes; the most accepted is {options.MaxEvidenceBytes:N0}.");
                continue;
            }

            total += written;
            if (evidence.Any(e => e.Item1.Name == file.Name))
            {
                Error($"evidence[{i}].name", $"Two evidence files are named {file.Name}.");
            }

            var content = buffer[..written];
            evidence.Add((file, content, EvidenceVault.Address(content)));
        }

        if (total > options.MaxEvidenceBytesPerFinding)
        {
            Error("evidence", $"The evidence is {total:N0} bytes in all; the most accepted per finding is {options.MaxEvidenceBytesPerFinding:N0}.");
        }

        if (s.Reproduction is { } recipe)
        {
            var names = evidence.Select(e => e.Item1.Name).ToHashSet(StringComparer.Ordinal);
            foreach (var (name, i) in (recipe.Files ?? []).Concat(recipe.Head?.Files ?? []).Select((n, i) => (n, i)))
            {
                if (!names.Contains(name))
                {
                    Error("reproduction.files", $"The recipe names {name}, which is not one of the evidence files.");
                }
            }

            if (recipe.Expect is { ExitCode: null, Signal: null, OutputPattern: null, SameCrashState: not true })
            {
                Error("reproduction.expect", "Say what a run must show: an exit code, a signal, an output pattern, or the same crash state.");
            }

            if (recipe.Expect.OutputPattern is { } pattern && !IsRegex(pattern))
            {
                Error("reproduction.expect.outputPattern", "Not a regular expression.");
            }

            if (recipe.Expect.SameCrashState == true && s.CrashReport is null)
            {
                Error("reproduction.expect.sameCrashState", "The same crash state needs the finding's crashReport to compare with.");
            }
        }

        if (errors.Count > before)
        {
            return null;
        }

        var crash = s.CrashReport is { } report ? CrashSignatures.Of(report) : null;
        return new NormalizedFinding(
            s,
            identity,
            versioned,
            affected,
            s.Weakness,
            s.Location?.File is { } f ? NormalizePath(f) : null,
            s.Location?.Line,
            s.Location?.Function is { Length: > 0 } function ? function.Trim() : null,
            s.RuleId,
            s.PartialFingerprints ?? new Dictionary<string, string>(),
            crash?.Type,
            crash?.State,
            crash?.Security ?? false,
            tlp,
            evidence,
            Convert.ToHexStringLower(SHA256.HashData(JsonSerializer.SerializeToUtf8Bytes(s, ContractJson.Options))));
    }

    // Repository-relative, forward slashes: "file:///src/a.c", "./src/a.c" and "src\a.c" are the same file.
    public static string NormalizePath(string file)
    {
        var path = file.Trim().Replace('\\', '/');
        if (path.StartsWith("file://", StringComparison.OrdinalIgnoreCase))
        {
            path = path[7..];
        }

        while (path.StartsWith("./", StringComparison.Ordinal))
        {
            path = path[2..];
        }

        return path.TrimStart('/');
    }

    private static bool IsRegex(string pattern)
    {
        try
        {
            _ = new Regex(pattern, RegexOptions.None, TimeSpan.FromSeconds(1));
            return true;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    /// <summary>Whether <paramref name="id"/> looks like a vulnerability id: CVE-2024-3094, GHSA-xxxx-xxxx-xxxx, PYSEC-2023-74.</summary>
    public static bool IsAlias(string id) => Alias().IsMatch(id);

    private static string Join(string path, string field) => path.Length == 0 ? field : path + "." + field;

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhiteSpace();

    [GeneratedRegex(@"^[A-Z][A-Z0-9]*-[A-Za-z0-9][A-Za-z0-9._:-]{1,100}$")]
    private static partial Regex Alias();
}
