using Clearinghouse.Access;
using Clearinghouse.Audit;
using Clearinghouse.Contracts.Exposure;
using Clearinghouse.Http;
using Clearinghouse.Storage;
using Clearinghouse.Standards.Matching;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Clearinghouse.Exposure;

/// <summary>
/// Imports advisory documents into the knowledge base (an OSV record, a CVE JSON 5 record, the KEV catalog, or an OSV
/// zip export): unchanged documents are skipped by hash, aliases are merged, and every vulnerability the import adds or
/// changes is fanned out through the reverse index to the components it affects, whose new exposures (and their
/// webhook deliveries) commit with the import.
/// </summary>
public static class ImportFeeds
{
    public static async Task<Results<Ok<FeedImportView>, ValidationProblem, ProblemHttpResult>> Handle(
        HttpRequest request, string? name, Principal caller, ClearinghouseDb db, ExposureEngine engine, IOptions<ExposureOptions> options, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!AccessPolicy.CanImportFeeds(caller))
        {
            return Problems.Forbidden("Only clearinghouse analysts import advisory feeds.");
        }

        using var buffer = new MemoryStream();
        await request.Body.CopyToAsync(buffer, ct);
        var (items, problems) = FeedDocuments.Read(name ?? "upload.json", buffer.ToArray());
        if (items.Count == 0)
        {
            return Problems.Invalid("body", problems.Count > 0 ? problems[0].Reason : "The body holds no advisory document.");
        }

        var view = await ImportAsync(db, engine, caller, name ?? "upload", items, options.Value.WebhookAttempts, ct);
        return TypedResults.Ok(view with { Problems = [.. problems.Select(p => $"{p.Source}: {p.Reason}")] });
    }

    internal static async Task<FeedImportView> ImportAsync(
        ClearinghouseDb db, ExposureEngine engine, Principal caller, string source, IReadOnlyList<FeedItem> items, int attempts, CancellationToken ct)
    {
        using var _ = await engine.LockAsync(db, ct);
        var latest = items.GroupBy(i => i.Key, StringComparer.Ordinal).Select(g => g.Last()).ToList();
        var changed = latest.Where(i => !engine.Hashes.TryGetValue(i.Key, out var hash) || hash != i.Sha256).ToList();
        var added = changed.Count(i => !engine.Hashes.ContainsKey(i.Key));
        if (changed.Count == 0)
        {
            return new FeedImportView(items.Count, 0, 0, items.Count, engine.Index.Count, 0, []);
        }

        var records = new Dictionary<string, Standards.Osv.OsvRecord>(engine.Records, StringComparer.Ordinal);
        var catalog = engine.Kev;
        foreach (var item in changed)
        {
            if (item.Osv is { } record)
            {
                records[item.Key] = record;
            }
            else if (item.Kev is { } kev)
            {
                catalog = kev;
            }
        }

        var merged = VulnerabilityCatalog.Merge(records.Values, catalog?.Entries ?? []);
        var changedKeys = changed.Select(i => i.Key).ToHashSet(StringComparer.Ordinal);
        var before = engine.Index;
        var touched = merged.Where(v => before.Find(v.Id) is not { } old
            || v.Records.Any(r => changedKeys.Contains(r.Id))
            || old.Kev?.DateAdded != v.Kev?.DateAdded
            || !old.Aliases.SequenceEqual(v.Aliases)).ToList();
        var removed = before.Vulnerabilities.Select(v => v.Id).Except(merged.Select(v => v.Id)).ToList();

        var now = db.Clock.Now();
        var existingKeys = changed.Select(i => i.Key).Where(engine.Hashes.ContainsKey).ToList();
        var stored = await db.Set<FeedDocument>().Where(d => existingKeys.Contains(d.Key)).ToDictionaryAsync(d => d.Key, StringComparer.Ordinal, ct);
        foreach (var item in changed)
        {
            var kind = item.Kind.ToString().ToLowerInvariant();
            if (stored.TryGetValue(item.Key, out var document))
            {
                (document.Kind, document.Sha256, document.Content, document.ImportedAt) = (kind, item.Sha256, item.Content.ToArray(), now);
            }
            else
            {
                db.Add(new FeedDocument { Key = item.Key, Kind = kind, Sha256 = item.Sha256, Content = item.Content.ToArray(), ImportedAt = now });
            }
        }

        var rowIds = touched.Select(v => v.Id).Concat(removed).ToList();
        var rows = await db.Set<Vulnerability>().Where(v => rowIds.Contains(v.Id)).ToDictionaryAsync(v => v.Id, StringComparer.Ordinal, ct);
        foreach (var v in touched)
        {
            if (!rows.TryGetValue(v.Id, out var row))
            {
                db.Add(row = new Vulnerability { Id = v.Id, Aliases = "" });
            }

            (row.Aliases, row.Summary, row.KevAdded, row.UpdatedAt) = (string.Join(' ', v.Aliases), v.Summary, v.Kev?.DateAdded, now);
        }

        db.RemoveRange(removed.Where(rows.ContainsKey).Select(id => rows[id]));

        var exposed = touched.SelectMany(v => engine.Components.Exposed(v)).Select(e => (Ref: engine.Component(e.Component), e.Match)).ToList();
        var found = await OpenExposuresAsync(db, exposed, attempts, ct);
        foreach (var organization in found.GroupBy(e => e.OrganizationId))
        {
            db.Record(caller, "exposure.exposures-found", "organization", organization.Key.ToString(), organization.Key, null, new { Exposures = organization.Select(e => e.Id).ToList() });
        }

        db.Record(caller, "exposure.feed-imported", "feed", source, null, null, new { Added = added, Changed = changed.Count - added, Vulnerabilities = touched.Select(v => v.Id).ToList(), Removed = removed });
        await db.SaveChangesAsync(ct);
        engine.ApplyImport(changed, catalog, merged);
        return new FeedImportView(items.Count, added, changed.Count - added, items.Count - changed.Count, merged.Count, found.Count, []);
    }

    /// <summary>Opens the exposures among <paramref name="matches"/> that are not recorded yet (per asset, vulnerability and component).</summary>
    internal static async Task<List<AssetExposure>> OpenExposuresAsync(
        ClearinghouseDb db, IReadOnlyList<(ComponentRef Ref, AdvisoryMatch Match)> matches, int attempts, CancellationToken ct)
    {
        if (matches.Count == 0)
        {
            return [];
        }

        var assets = matches.Select(m => m.Ref.AssetId).Distinct().ToList();
        var vulnerabilities = matches.Select(m => m.Match.Vulnerability.Id).Distinct().ToList();
        var known = (await db.Set<AssetExposure>().AsNoTracking()
                .Where(e => assets.Contains(e.AssetId) && vulnerabilities.Contains(e.VulnerabilityId))
                .Select(e => new { e.AssetId, e.VulnerabilityId, e.Component }).ToListAsync(ct))
            .Select(e => (e.AssetId, e.VulnerabilityId, e.Component)).ToHashSet();
        var organizations = matches.Select(m => m.Ref.OrganizationId).Distinct().ToList();
        var webhooks = await db.Set<Webhook>().AsNoTracking().Where(w => organizations.Contains(w.OrganizationId)).ToListAsync(ct);
        var opened = new List<AssetExposure>();
        foreach (var (reference, match) in matches)
        {
            var component = reference.Purl.ToString();
            if (known.Add((reference.AssetId, match.Vulnerability.Id, component)))
            {
                opened.Add(ExposureEngine.Open(db, reference.OrganizationId, reference.AssetId, match, component, webhooks, attempts));
            }
        }

        return opened;
    }
}
