using System.Text.Json;
using Clearinghouse.Access;
using Clearinghouse.Audit;
using Clearinghouse.Contracts;
using Clearinghouse.Contracts.Findings;
using Clearinghouse.Standards.Cvss;
using Clearinghouse.Storage;
using Microsoft.EntityFrameworkCore;

namespace Clearinghouse.Findings;

/// <summary>
/// Takes checked findings into the clearinghouse in one transaction: each joins the case of the strongest fingerprint
/// already known (or of an earlier finding in the same submission) or opens a new case, and the answer is stored with
/// the submission so that the same request sent again gets it back. A concurrent writer that got to a fingerprint, a
/// case or a case number first makes the transaction fail on a unique index or a case's version; it is then run again
/// from the start and sees that writer's work. Acknowledged means committed.
/// </summary>
public static class Intake
{
    private const int Attempts = 5;
    private const int InChunk = 5000;

    /// <summary>
    /// Bands shared by more cases than this propose nothing (see <see cref="ProposeNearDuplicatesAsync"/>), and no band
    /// stores more than one case beyond it, so reading a band's cases costs the same at any size of the database.
    /// </summary>
    private const int MaxBandCases = 50;

    /// <summary>One intake: its format, the hash that identifies the request for replays, its Idempotency-Key, the checked findings.</summary>
    /// <param name="Format">native, sarif, osv or cve.</param>
    /// <param name="RequestHash">SHA-256 of the request's content and shaping parameters.</param>
    /// <param name="IdempotencyKey">The client's key, if it sent one.</param>
    /// <param name="Findings">The findings, checked and normalized.</param>
    /// <param name="ExtraTriage">Why the cases this request opens must wait for an analyst (the reporter's poor standing), or null.</param>
    public sealed record Request(string Format, string RequestHash, string? IdempotencyKey, IReadOnlyList<NormalizedFinding> Findings, string? ExtraTriage = null);

    /// <summary>The stored answer to an earlier identical request, if there is one; a reused key with other content is a conflict.</summary>
    public static async Task<(SubmissionResult? Replay, bool KeyConflict)> FindReplayAsync(ClearinghouseDb db, Principal caller, string requestHash, string? idempotencyKey, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(caller);
        var earlier = await db.Set<Submission>().AsNoTracking()
            .Where(s => s.OrganizationId == caller.OrganizationId && ((idempotencyKey != null && s.IdempotencyKey == idempotencyKey) || s.RequestHash == requestHash))
            .Select(s => new { s.RequestHash, s.IdempotencyKey, s.Result })
            .ToListAsync(ct);
        if (idempotencyKey is not null && earlier.FirstOrDefault(s => s.IdempotencyKey == idempotencyKey) is { } keyed && keyed.RequestHash != requestHash)
        {
            return (null, true);
        }

        var same = earlier.FirstOrDefault(s => s.RequestHash == requestHash);
        return same is null ? (null, false) : (JsonSerializer.Deserialize<SubmissionResult>(same.Result, ContractJson.Options)! with { Replayed = true }, false);
    }

    public static async Task<SubmissionResult> SubmitAsync(ClearinghouseDb db, Principal caller, Request request, EvidenceVault vault, IKnownVulnerabilities known, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(known);
        var published = await known.CorrelateAsync(db, request.Findings, ct);
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await TryOnceAsync(db, caller, request, vault, published, ct);
            }
            catch (Exception e) when (attempt < Attempts && (e is DbUpdateConcurrencyException || e.IsUniqueViolation()))
            {
                db.ChangeTracker.Clear();
                db.PendingAudit.Clear();
                if (await FindReplayAsync(db, caller, request.RequestHash, request.IdempotencyKey, ct) is { Replay: { } replay })
                {
                    return replay;
                }
            }
        }
    }

    private static async Task<SubmissionResult> TryOnceAsync(ClearinghouseDb db, Principal caller, Request request, EvidenceVault vault, IReadOnlyList<string?> published, CancellationToken ct)
    {
        // Deciding which case each finding joins reads the fingerprint index and then writes to it: done under the
        // audit chain's lock, which every audited write takes anyway, intake never interleaves with another intake.
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        await AuditChain.LockAsync(db, ct);
        var now = db.Clock.Now();
        var submissionId = SubmissionId.New(db.Clock);
        var findings = request.Findings;

        var contentHashes = findings.Select(f => f.ContentHash).Distinct().ToList();
        var already = new Dictionary<string, (FindingId Id, CaseId CaseId)>(StringComparer.Ordinal);
        foreach (var chunk in contentHashes.Chunk(InChunk))
        {
            foreach (var f in await db.Set<Finding>().AsNoTracking()
                .Where(f => f.OrganizationId == caller.OrganizationId && chunk.Contains(f.ContentHash))
                .Select(f => new { f.ContentHash, f.Id, f.CaseId }).ToListAsync(ct))
            {
                already[f.ContentHash] = (f.Id, f.CaseId);
            }
        }

        var keysOf = PerFinding.Map(findings, (f, _) => FindingFingerprints.Compute(f));
        var known = new Dictionary<string, CaseId>(StringComparer.Ordinal);
        foreach (var chunk in keysOf.SelectMany(k => k).Select(k => k.Hash).Distinct().Chunk(InChunk))
        {
            foreach (var k in await db.Set<FindingKey>().AsNoTracking()
                .Where(k => k.Scheme == FindingFingerprints.Scheme && chunk.Contains(k.Hash))
                .Select(k => new { k.Hash, k.CaseId }).ToListAsync(ct))
            {
                known[k.Hash] = k.CaseId;
            }
        }

        var cases = new Dictionary<CaseId, VulnerabilityCase>();
        foreach (var chunk in known.Values.Distinct().Chunk(InChunk))
        {
            foreach (var c in await db.Set<VulnerabilityCase>().Where(c => chunk.Contains(c.Id)).ToListAsync(ct))
            {
                cases[c.Id] = c;
            }
        }

        var reportedBefore = new HashSet<CaseId>();
        foreach (var chunk in cases.Keys.Chunk(InChunk))
        {
            reportedBefore.UnionWith(await db.Set<Finding>().AsNoTracking()
                .Where(f => f.OrganizationId == caller.OrganizationId && chunk.Contains(f.CaseId)).Select(f => f.CaseId).Distinct().ToListAsync(ct));
        }

        var year = now.Year;
        var counter = await db.Set<CaseCounter>().FirstOrDefaultAsync(c => c.Year == year, ct);
        if (counter is null)
        {
            counter = new CaseCounter { Year = year, Last = 0 };
            db.Add(counter);
        }

        var storedBlobs = new HashSet<string>(StringComparer.Ordinal);
        var wantedBlobs = findings.SelectMany(f => f.Evidence).Select(e => e.Sha256).Distinct().ToList();
        foreach (var chunk in wantedBlobs.Chunk(InChunk))
        {
            storedBlobs.UnionWith(await db.Set<EvidenceBlob>().AsNoTracking().Where(b => chunk.Contains(b.Sha256)).Select(b => b.Sha256).ToListAsync(ct));
        }

        var claimIds = findings.Select(f => f.Submission.Claim?.Id).OfType<Guid>().ToList();
        var claims = claimIds.Count == 0 ? [] : await db.Set<PriorityClaim>().Where(c => claimIds.Contains(c.Id) && c.RevealedBy == null).ToDictionaryAsync(c => c.Id, ct);
        var items = new List<SubmittedFinding>(findings.Count);
        var opened = new List<(VulnerabilityCase Case, NormalizedFinding Finding)>();
        var rows = new NewRows();
        var thisSubmission = new Dictionary<string, (FindingId Id, CaseId CaseId)>(StringComparer.Ordinal);
        for (var i = 0; i < findings.Count; i++)
        {
            var f = findings[i];
            var externalId = f.Submission.ExternalId;
            if (already.TryGetValue(f.ContentHash, out var earlier) || thisSubmission.TryGetValue(f.ContentHash, out earlier))
            {
                var earlierCase = cases.TryGetValue(earlier.CaseId, out var c) ? c : await db.Set<VulnerabilityCase>().FirstAsync(x => x.Id == earlier.CaseId, ct);
                cases[earlierCase.Id] = earlierCase;
                items.Add(new SubmittedFinding(i, externalId, IntakeOutcome.AlreadySubmitted, earlier.Id.Value, earlierCase.Id.Value, earlierCase.Number, null));
                continue;
            }

            var keys = keysOf[i];
            var match = FindingFingerprints.KindsByStrength
                .Select(kind => keys.FirstOrDefault(k => k.Kind == kind && known.ContainsKey(k.Hash)))
                .FirstOrDefault(k => k.Hash is not null);
            VulnerabilityCase target;
            FindingRelation relation;
            if (match.Hash is not null)
            {
                target = cases[known[match.Hash]];
                relation = FindingRelation.Corroborates;
            }
            else
            {
                counter.Last++;
                target = Open(f, $"CH-{year}-{counter.Last:D5}", now, db.Clock);
                target.ExtraTriage = request.ExtraTriage;
                if (published[i] is { } vulnerability)
                {
                    // Already published: recorded and linked, closed before any analyst or maintainer spends time on it.
                    target.State = CaseState.Rejected;
                    target.RejectionReason = RejectionReason.Known;
                    target.KnownVulnerability = vulnerability;
                    target.ReportPublic = true;
                }

                opened.Add((target, f));
                cases[target.Id] = target;
                relation = FindingRelation.Opened;
            }

            target.ReportPublic |= request.Format is "osv" or "cve" || f.Submission.Aliases is { Count: > 0 };
            target.SupplierContacted |= f.Submission.SupplierContacted == true;
            var claim = f.Submission.Claim is { } reveal && claims.TryGetValue(reveal.Id, out var claimed) ? claimed : null;
            var finding = Create(f, caller, submissionId, target, relation, relation == FindingRelation.Corroborates ? match.Kind : null, request.Format, now, db.Clock, claim?.ClaimedAt);
            if (claim is not null)
            {
                claim.RevealedBy = finding.Id;
                claim.RevealedAt = now;
            }

            rows.Findings.Add(finding);
            if (relation == FindingRelation.Corroborates)
            {
                target.FindingCount++;
                if (reportedBefore.Add(target.Id))
                {
                    target.Reporters++;
                }

                target.ProvisionalPriority = Priority(target.CvssVector, target.SecurityCrash, target.Reporters);
                target.UpdatedAt = now;
                target.Version++;
            }
            else
            {
                reportedBefore.Add(target.Id);
            }

            foreach (var (kind, hash) in keys)
            {
                if (known.TryAdd(hash, target.Id))
                {
                    rows.Keys.Add(new FindingKey { Scheme = FindingFingerprints.Scheme, Hash = hash, Kind = kind, CaseId = target.Id, FindingId = finding.Id });
                }
            }

            foreach (var (file, content, sha256) in f.Evidence)
            {
                if (storedBlobs.Add(sha256))
                {
                    rows.Blobs.Add(vault.Seal(content, now));
                }

                rows.Evidence.Add(new FindingEvidence { FindingId = finding.Id, Name = file.Name, Sha256 = sha256, MediaType = file.MediaType, Size = content.Length });
            }

            if (f.Submission.Reproduction is not null && target.State != CaseState.Rejected)
            {
                Verification.ReproduceFinding.Enqueue(db, finding.Id);
                if (target.State == CaseState.New)
                {
                    target.State = CaseState.Verifying;
                }
            }

            thisSubmission[f.ContentHash] = (finding.Id, target.Id);
            items.Add(relation == FindingRelation.Opened && target.KnownVulnerability is { } knownAs
                ? new SubmittedFinding(i, externalId, IntakeOutcome.KnownVulnerability, finding.Id.Value, target.Id.Value, target.Number, null, knownAs)
                : new SubmittedFinding(i, externalId, relation == FindingRelation.Opened ? IntakeOutcome.NewCase : IntakeOutcome.JoinedCase, finding.Id.Value, target.Id.Value, target.Number, finding.MatchedBy));
        }

        await ProposeNearDuplicatesAsync(db, opened, rows, now, ct);
        var result = new SubmissionResult(submissionId.Value, false, request.Format, now,
            items.Count(i => i.Outcome == IntakeOutcome.NewCase), items.Count(i => i.Outcome == IntakeOutcome.JoinedCase),
            items.Count(i => i.Outcome == IntakeOutcome.AlreadySubmitted), items, items.Count(i => i.Outcome == IntakeOutcome.KnownVulnerability));
        var submission = new Submission
        {
            Id = submissionId,
            OrganizationId = caller.OrganizationId,
            MemberId = caller.MemberId,
            IdempotencyKey = request.IdempotencyKey,
            RequestHash = request.RequestHash,
            Format = request.Format,
            ReceivedAt = now,
            Result = JsonSerializer.Serialize(result, ContractJson.Options),
        };

        // The new rows go in as bulk writes, parents first; what changes existing rows (counter, corroborated cases,
        // revealed claims), the reproduction jobs and the audit entry go through SaveChanges after them.
        await BulkInsert.WriteAsync(db, opened.Select(o => o.Case).ToList(), ct);
        await BulkInsert.WriteAsync(db, [submission], ct);
        await BulkInsert.WriteAsync(db, rows.Findings, ct);
        await BulkInsert.WriteAsync(db, rows.Keys, ct);
        await BulkInsert.WriteAsync(db, rows.Blobs, ct);
        await BulkInsert.WriteAsync(db, rows.Evidence, ct);
        await BulkInsert.WriteAsync(db, rows.Signatures, ct);
        await BulkInsert.WriteAsync(db, rows.Bands, ct);
        await BulkInsert.WriteAsync(db, rows.PossibleDuplicates, ct);
        db.Record(caller, "findings.submitted", "submission", submissionId.ToString(), caller.OrganizationId, null, result);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return result;
    }

    /// <summary>
    /// Near duplicates: each new case's text is signed (MinHash) and banded; earlier cases sharing a band and reading at
    /// least <see cref="TextSimilarity.ProposalThreshold"/> alike are proposed to analysts, at most five per case.
    /// </summary>
    private static async Task ProposeNearDuplicatesAsync(ClearinghouseDb db, List<(VulnerabilityCase Case, NormalizedFinding Finding)> opened, NewRows rows, DateTimeOffset now, CancellationToken ct)
    {
        if (opened.Count == 0)
        {
            return;
        }

        // One upload often repeats a text (a rule's message for many locations): each distinct text is signed once.
        var texts = opened.Select(o => string.Join(' ', o.Finding.Submission.Title, o.Finding.Submission.Description, o.Finding.Function, o.Finding.CrashState?.Replace('\n', ' '))).ToList();
        var distinct = texts.Distinct(StringComparer.Ordinal).ToList();
        var signatures = PerFinding.Map(distinct, (text, _) =>
        {
            var signature = TextSimilarity.Signature(text);
            return (Signature: signature, Bands: TextSimilarity.BandKeys(signature).ToList());
        });
        var byText = new Dictionary<string, (uint[] Signature, List<string> Bands)>(distinct.Count, StringComparer.Ordinal);
        for (var t = 0; t < distinct.Count; t++)
        {
            byText[distinct[t]] = signatures[t];
        }

        var signed = opened.Select((o, i) => (o.Case, byText[texts[i]].Signature, byText[texts[i]].Bands)).ToList();

        var candidates = new Dictionary<string, List<CaseId>>(StringComparer.Ordinal);
        foreach (var chunk in signed.SelectMany(s => s.Bands).Distinct(StringComparer.Ordinal).Chunk(InChunk))
        {
            foreach (var band in await db.Set<CaseBand>().AsNoTracking().Where(b => chunk.Contains(b.Band)).ToListAsync(ct))
            {
                (candidates.TryGetValue(band.Band, out var list) ? list : candidates[band.Band] = []).Add(band.CaseId);
            }
        }

        // A band that many cases share says little (templated titles, one rule's boilerplate) and comparing with all of
        // them would make one large upload quadratic: such bands are left out, as LSH drops overfull buckets.
        var wanted = candidates.Values.Where(c => c.Count <= MaxBandCases).SelectMany(c => c).Distinct().ToList();
        var earlierSignatures = new Dictionary<CaseId, uint[]>();
        foreach (var chunk in wanted.Chunk(InChunk))
        {
            foreach (var s in await db.Set<CaseSignature>().AsNoTracking().Where(s => chunk.Contains(s.CaseId)).ToListAsync(ct))
            {
                earlierSignatures[s.CaseId] = TextSimilarity.Unpack(s.Signature);
            }
        }

        var compared = new HashSet<CaseId>();
        var alike = new List<(CaseId Id, double Similarity)>();
        foreach (var (@case, signature, caseBands) in signed)
        {
            compared.Clear();
            alike.Clear();
            foreach (var band in caseBands)
            {
                if (!candidates.TryGetValue(band, out var sharing) || sharing.Count > MaxBandCases)
                {
                    continue;
                }

                foreach (var earlier in sharing)
                {
                    if (compared.Add(earlier) && earlierSignatures.TryGetValue(earlier, out var theirs)
                        && TextSimilarity.Similarity(signature, theirs) is var similarity && similarity >= TextSimilarity.ProposalThreshold)
                    {
                        alike.Add((earlier, similarity));
                    }
                }
            }

            foreach (var (earlier, similarity) in alike.OrderByDescending(p => p.Similarity).Take(5))
            {
                rows.PossibleDuplicates.Add(new PossibleDuplicate { CaseId = @case.Id, EarlierCaseId = earlier, Similarity = similarity, ProposedAt = now });
            }

            rows.Signatures.Add(new CaseSignature { CaseId = @case.Id, Signature = TextSimilarity.Pack(signature) });
            foreach (var band in caseBands)
            {
                // A band stops at one case over the limit: that row marks it overfull, and more would only make every
                // later intake that meets the band read them all.
                var list = candidates.TryGetValue(band, out var known) ? known : candidates[band] = [];
                if (list.Count <= MaxBandCases)
                {
                    rows.Bands.Add(new CaseBand { Band = band, CaseId = @case.Id });
                    list.Add(@case.Id);
                }
            }

            earlierSignatures[@case.Id] = signature;
        }
    }

    /// <summary>The rows one submission creates, written in bulk once every finding has found its case.</summary>
    private sealed class NewRows
    {
        public List<Finding> Findings { get; } = [];

        public List<FindingKey> Keys { get; } = [];

        public List<EvidenceBlob> Blobs { get; } = [];

        public List<FindingEvidence> Evidence { get; } = [];

        public List<CaseSignature> Signatures { get; } = [];

        public List<CaseBand> Bands { get; } = [];

        public List<PossibleDuplicate> PossibleDuplicates { get; } = [];
    }

    /// <summary>Triage order, 0 to 100: the proposed CVSS score (or a middle value), a security crash, and corroboration.</summary>
    public static int Priority(string? cvssVector, bool securityCrash, int reporters)
    {
        var severity = cvssVector is not null && CvssVector.TryParse(cvssVector, out var vector, out _) ? vector.Score.Tenths * 6 / 10 : 30;
        return Math.Min(100, severity + (securityCrash ? 20 : 0) + (Math.Min(reporters, 5) - 1) * 5);
    }

    private static VulnerabilityCase Open(NormalizedFinding f, string number, DateTimeOffset now, TimeProvider clock) => new()
    {
        Id = CaseId.New(clock),
        Number = number,
        State = CaseState.New,
        Title = f.Submission.Title,
        Target = TargetOf(f),
        Weakness = f.Weakness,
        Tlp = f.Tlp,
        CvssVector = f.Submission.CvssVector,
        CrashState = f.CrashState,
        SecurityCrash = f.SecurityCrash,
        ProvisionalPriority = Priority(f.Submission.CvssVector, f.SecurityCrash, 1),
        Reporters = 1,
        FindingCount = 1,
        OpenedAt = now,
        UpdatedAt = now,
        Version = 1,
    };

    /// <summary>What a finding says is affected, as a case names it: the purl, the repository at its commit, or the product.</summary>
    private static string TargetOf(NormalizedFinding f) =>
        f.Submission.Target.Purl ?? (f.Submission.Target.Repository is { } repo ? repo + (f.Submission.Target.Commit is { } commit ? "@" + commit : "") : f.Submission.Target.Product!);

    private static Finding Create(NormalizedFinding f, Principal caller, SubmissionId submission, VulnerabilityCase target, FindingRelation relation, string? matchedBy, string format, DateTimeOffset now, TimeProvider clock, DateTimeOffset? claimedAt)
    {
        var s = f.Submission;
        return new Finding
        {
            Id = FindingId.New(clock),
            CaseId = target.Id,
            SubmissionId = submission,
            OrganizationId = caller.OrganizationId,
            MemberId = caller.MemberId,
            CampaignId = s.Campaign,
            ReceivedAt = now,
            AttributionOrder = relation == FindingRelation.Opened ? 1 : target.FindingCount + 1,
            Relation = relation,
            MatchedBy = matchedBy,
            Format = format,
            Title = s.Title,
            Description = s.Description,
            TargetPurl = s.Target.Purl,
            TargetRepository = s.Target.Repository,
            TargetCommit = s.Target.Commit,
            TargetProduct = s.Target.Product,
            Introduced = s.Target.Introduced,
            Fixed = s.Target.Fixed,
            Weakness = s.Weakness,
            LocationFile = f.File,
            LocationLine = f.Line,
            LocationFunction = f.Function,
            CvssVector = s.CvssVector,
            Tlp = f.Tlp,
            Tool = s.FoundBy.Tool,
            ToolVersion = s.FoundBy.ToolVersion,
            Model = s.FoundBy.Model,
            RuleId = s.RuleId,
            ExternalId = s.ExternalId,
            CrashType = f.CrashType,
            CrashState = f.CrashState,
            SecurityCrash = f.SecurityCrash,
            Aliases = s.Aliases is { Count: > 0 } aliases ? JsonSerializer.Serialize(aliases, ContractJson.Options) : null,
            PartialFingerprints = s.PartialFingerprints is { Count: > 0 } partial ? JsonSerializer.Serialize(partial, ContractJson.Options) : null,
            Reproduction = s.Reproduction is { } recipe ? JsonSerializer.Serialize(recipe, ContractJson.Options) : null,
            CrashReport = s.CrashReport,
            ClaimedAt = claimedAt,
            ContentHash = f.ContentHash,
        };
    }
}
