using System.Security.Cryptography;
using System.Text;
using Clearinghouse.Jobs;
using Clearinghouse.Participants;
using Clearinghouse.Scans;
using Clearinghouse.Scoring;
using Clearinghouse.Storage;
using Clearinghouse.Contracts.Exposure;
using Clearinghouse.Standards.Kev;
using Clearinghouse.Standards.Matching;
using Clearinghouse.Standards.Osv;
using Clearinghouse.Standards.Purl;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Clearinghouse.Exposure;

/// <summary>
/// The in-memory side of exposure (DESIGN.md §5): the advisory index (forward: component to vulnerabilities) and the
/// component index (reverse: vulnerability to the current inventories' components), rebuilt from the database on first
/// use and kept current by the transactions that change them. Changes are serialized by one gate held across the
/// transaction and the in-memory update, so the indexes never run ahead of, or behind, what was committed. One server
/// process owns them (ADR 011 says what several processes would need).
/// </summary>
public sealed class ExposureEngine(IOptions<ExposureOptions> options, SsvcTables ssvc) : IDisposable
{
    public const string WebhookJob = "exposure.webhook";

    private readonly SemaphoreSlim gate = new(1, 1);
    private readonly Dictionary<string, OsvRecord> records = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> hashes = new(StringComparer.Ordinal);
    private readonly ComponentIndex<Guid> components = new();
    private readonly Dictionary<Guid, ComponentRef> componentRefs = [];
    private readonly Dictionary<Guid, List<Guid>> componentsByAsset = [];
    private readonly Dictionary<string, Dictionary<OrganizationId, int>> dependents = new(StringComparer.Ordinal);
    private readonly Lazy<(ExposurePrioritizer Prioritizer, IReadOnlyList<ReadOnlyMemory<byte>> Documents)> tables = new(() =>
        (new ExposurePrioritizer(ssvc.All), ssvc.All.Where(ExposurePrioritizer.Uses).Select(ssvc.Document).ToList()));
    private readonly Lazy<ECDsa> bundleKey = new(() => LoadKey(options.Value.BundleKeyFile));
    private KevCatalog? kev;
    private volatile AdvisoryIndex index = new([]);
    private volatile bool loaded;
    private (AdvisoryIndex Index, byte[] File)? bundle;

    /// <summary>The current advisory index; a snapshot that is replaced, never changed, so readers need no lock.</summary>
    public AdvisoryIndex Index => index;

    public ExposurePrioritizer Prioritizer => tables.Value.Prioritizer;

    public ComponentIndex<Guid> Components => components;

    public IReadOnlyDictionary<string, OsvRecord> Records => records;

    public IReadOnlyDictionary<string, string> Hashes => hashes;

    public KevCatalog? Kev => kev;

    public ECDsa BundleKey => bundleKey.Value;

    /// <summary>Takes the gate (loading the indexes on first use); dispose to release it.</summary>
    public async Task<IDisposable> LockAsync(ClearinghouseDb db, CancellationToken ct)
    {
        await gate.WaitAsync(ct);
        try
        {
            if (!loaded)
            {
                await LoadAsync(db, ct);
                loaded = true;
            }

            return new Release(gate);
        }
        catch
        {
            gate.Release();
            throw;
        }
    }

    /// <summary>Loads the indexes if this process has not yet.</summary>
    public async Task EnsureLoadedAsync(ClearinghouseDb db, CancellationToken ct)
    {
        if (!loaded)
        {
            using var _ = await LockAsync(db, ct);
        }
    }

    /// <summary>After a committed import: the new documents, catalog and vulnerabilities.</summary>
    public void ApplyImport(IEnumerable<FeedItem> changed, KevCatalog? catalog, IReadOnlyList<KnownVulnerability> vulnerabilities)
    {
        foreach (var item in changed)
        {
            hashes[item.Key] = item.Sha256;
            if (item.Osv is { } record)
            {
                records[item.Key] = record;
            }
        }

        kev = catalog;
        index = new AdvisoryIndex(vulnerabilities);
    }

    /// <summary>After a committed inventory replacement or asset deletion: the asset's components are now these.</summary>
    public void ReplaceComponents(Guid assetId, IEnumerable<(Guid Id, ComponentRef Ref)> current)
    {
        if (componentsByAsset.Remove(assetId, out var old))
        {
            foreach (var id in old)
            {
                components.Remove(id);
                if (componentRefs.Remove(id, out var gone))
                {
                    Depend(gone, -1);
                }
            }
        }

        var ids = new List<Guid>();
        foreach (var (id, reference) in current)
        {
            if (PackageKey.TryFromPurl(reference.Purl, out var key) && reference.Purl.Version is { } version)
            {
                components.Add(id, key, version);
                componentRefs[id] = reference;
                Depend(reference, +1);
                ids.Add(id);
            }
        }

        componentsByAsset[assetId] = ids;
    }

    public ComponentRef Component(Guid id) => componentRefs[id];

    /// <summary>How many organizations' current inventories use the package <paramref name="target"/> (a scan target's text, without version); under the gate.</summary>
    public int Dependents(string target) => dependents.TryGetValue(target, out var organizations) ? organizations.Count : 0;

    /// <summary>The packages the most organizations use, most first; under the gate.</summary>
    public IReadOnlyList<(string Target, int Operators)> MostDependedOn(int limit) =>
        [.. dependents.OrderByDescending(d => d.Value.Count).ThenBy(d => d.Key, StringComparer.Ordinal).Take(limit).Select(d => (d.Key, d.Value.Count))];

    /// <summary>
    /// Records a newly found exposure, its first history entry and one webhook delivery per registered webhook, all in
    /// the caller's unit of work: the event exists exactly when the exposure does.
    /// </summary>
    public static AssetExposure Open(ClearinghouseDb db, OrganizationId organization, Guid assetId, AdvisoryMatch match, string component, IEnumerable<Webhook> webhooks, int attempts)
    {
        var now = db.Clock.Now();
        var exposure = new AssetExposure
        {
            Id = db.Clock.NewId(),
            OrganizationId = organization,
            AssetId = assetId,
            VulnerabilityId = match.Vulnerability.Id,
            Component = component,
            FixedVersions = string.Join(' ', match.FixedVersions),
            Status = ExposureStatus.Affected,
            FirstSeenAt = now,
            StatusChangedAt = now,
        };
        db.Add(exposure);
        db.Add(new ExposureStatusChange { Id = db.Clock.NewId(), ExposureId = exposure.Id, Status = ExposureStatus.Affected, Note = "found by matching", ChangedAt = now });
        foreach (var webhook in webhooks.Where(w => w.OrganizationId == organization))
        {
            JobQueue.Enqueue(db, WebhookJob, new WebhookDelivery(webhook.Id, exposure.Id), attempts);
        }

        return exposure;
    }

    /// <summary>The signed bundle of the current knowledge base, made once per index.</summary>
    public byte[] Bundle(DateTimeOffset now)
    {
        var current = index;
        var made = bundle;
        if (made is { } m && ReferenceEquals(m.Index, current))
        {
            return m.File;
        }

        var file = AdvisoryBundle.Create(current.Vulnerabilities.OrderBy(v => v.Id, StringComparer.Ordinal), tables.Value.Documents, now, BundleKey);
        bundle = (current, file);
        return file;
    }

    private async Task LoadAsync(ClearinghouseDb db, CancellationToken ct)
    {
        await foreach (var document in db.Set<FeedDocument>().AsNoTracking().AsAsyncEnumerable().WithCancellation(ct))
        {
            hashes[document.Key] = document.Sha256;
            foreach (var item in FeedDocuments.Read(document.Key + ".json", document.Content).Items)
            {
                if (item.Osv is { } record)
                {
                    records[document.Key] = record;
                }
                else if (item.Kev is { } catalog)
                {
                    kev = catalog;
                }
            }
        }

        index = new AdvisoryIndex(VulnerabilityCatalog.Merge(records.Values, kev?.Entries ?? []));
        var rows = await (
            from c in db.Set<InventoryComponent>()
            join i in db.Set<Inventory>() on c.InventoryId equals i.Id
            join a in db.Set<Asset>() on i.AssetId equals a.Id
            where i.IsCurrent && a.DeletedAt == null
            select new { c.Id, c.Purl, i.AssetId, i.OrganizationId }).AsNoTracking().ToListAsync(ct);
        foreach (var asset in rows.GroupBy(r => r.AssetId))
        {
            ReplaceComponents(asset.Key, asset
                .Select(r => (r.Id, Purl: PackageUrl.TryParse(r.Purl, out var purl, out _) ? purl : null, r.OrganizationId))
                .Where(r => r.Purl is not null)
                .Select(r => (r.Id, new ComponentRef(r.OrganizationId, asset.Key, r.Purl!))));
        }
    }

    // Counts per package and organization, so that replacing one inventory moves only its own components' counts.
    private void Depend(ComponentRef component, int change)
    {
        var target = ScanTarget.PackageText(component.Purl);
        if (!dependents.TryGetValue(target, out var organizations))
        {
            dependents[target] = organizations = [];
        }

        var count = organizations.GetValueOrDefault(component.OrganizationId) + change;
        if (count > 0)
        {
            organizations[component.OrganizationId] = count;
        }
        else
        {
            organizations.Remove(component.OrganizationId);
            if (organizations.Count == 0)
            {
                dependents.Remove(target);
            }
        }
    }

    private static ECDsa LoadKey(string file)
    {
        var pem = PrivateFiles.ReadOrCreate(file, () =>
        {
            using var created = ECDsa.Create(ECCurve.NamedCurves.nistP256);
            return Encoding.UTF8.GetBytes(created.ExportPkcs8PrivateKeyPem());
        });
        var key = ECDsa.Create();
        key.ImportFromPem(Encoding.UTF8.GetString(pem));
        return key;
    }

    public void Dispose()
    {
        gate.Dispose();
        if (bundleKey.IsValueCreated)
        {
            bundleKey.Value.Dispose();
        }
    }

    private sealed class Release(SemaphoreSlim gate) : IDisposable
    {
        public void Dispose() => gate.Release();
    }
}

/// <summary>Whose a component is: the organization, the asset and the component's purl.</summary>
public sealed record ComponentRef(OrganizationId OrganizationId, Guid AssetId, PackageUrl Purl);

/// <summary>The payload of a webhook delivery job: which webhook, which exposure (ids only, per JobQueue's rule), which event (and due date).</summary>
public sealed record WebhookDelivery(Guid WebhookId, Guid ExposureId, string Event = "exposure.new", DateOnly? DueDate = null);
