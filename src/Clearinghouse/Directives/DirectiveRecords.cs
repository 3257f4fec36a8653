using Clearinghouse.Access;
using Clearinghouse.Contracts.Directives;
using Clearinghouse.Http;
using Clearinghouse.Storage;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Clearinghouse.Directives;

/// <summary>Reading and writing a directive's versions, shared by the use cases.</summary>
internal static class DirectiveRecords
{
    /// <summary>A directive by its id or its reference (CH-BOD-26-01).</summary>
    public static Task<Directive?> FindAsync(ClearinghouseDb db, string key, bool track, CancellationToken ct)
    {
        var directives = track ? db.Set<Directive>() : db.Set<Directive>().AsNoTracking();
        if (Guid.TryParse(key, out var guid))
        {
            var id = DirectiveId.From(guid);
            return directives.SingleOrDefaultAsync(d => d.Id == id, ct);
        }

        return directives.SingleOrDefaultAsync(d => d.Reference == key, ct);
    }

    /// <summary>A directive that yields compliance reports: 404 when there is none, 409 when it was withdrawn.</summary>
    public static async Task<(Directive? Directive, ProblemHttpResult? Problem)> InForceAsync(ClearinghouseDb db, string key, CancellationToken ct)
    {
        var directive = await FindAsync(db, key, track: false, ct);
        if (directive is null)
        {
            return (null, Problems.NotFound("directive"));
        }

        return directive.WithdrawnAt is { } withdrawn
            ? (null, Problems.Conflict($"{directive.Reference} was withdrawn on {withdrawn:yyyy-MM-dd}; it has no compliance report."))
            : (directive, null);
    }

    /// <summary>The version in force and its rules.</summary>
    public static async Task<(DirectiveVersion Version, List<DirectiveRule> Rules)> CurrentAsync(ClearinghouseDb db, Directive directive, CancellationToken ct)
    {
        var version = await db.Set<DirectiveVersion>().AsNoTracking().SingleAsync(v => v.DirectiveId == directive.Id && v.Version == directive.CurrentVersion, ct);
        var rules = await db.Set<DirectiveRule>().AsNoTracking().Where(r => r.DirectiveVersionId == version.Id).OrderBy(r => r.Ordinal).ToListAsync(ct);
        return (version, rules);
    }

    /// <summary>Adds version <paramref name="number"/> written from <paramref name="request"/> to the unit of work.</summary>
    public static (DirectiveVersion Version, List<DirectiveRule> Rules) AddVersion(ClearinghouseDb db, Principal caller, DirectiveId directive, int number, DirectiveRequest request)
    {
        var now = db.Clock.Now();
        var version = new DirectiveVersion
        {
            Id = db.Clock.NewId(),
            DirectiveId = directive,
            Version = number,
            Title = request.Title.Trim(),
            Summary = request.Summary,
            TargetKinds = string.Join(' ', request.TargetKinds.Distinct()),
            TargetSectors = string.Join(' ', request.TargetSectors.Distinct()),
            EffectiveOn = request.EffectiveOn ?? DateOnly.FromDateTime(now.UtcDateTime),
            Note = request.Note,
            CreatedAt = now,
            CreatedBy = caller.MemberId,
        };
        db.Add(version);
        var rules = request.Rules.Select((r, i) => new DirectiveRule
        {
            Id = db.Clock.NewId(),
            DirectiveVersionId = version.Id,
            Ordinal = i,
            Kind = r.Kind,
            MinimumSeverity = r.Kind == DirectiveRuleKind.Severity ? r.MinimumSeverity : null,
            MinimumDecision = r.Kind == DirectiveRuleKind.Decision ? r.MinimumDecision : null,
            WithinDays = r.WithinDays,
            PubliclyExposedOnly = r.PubliclyExposedOnly,
        }).ToList();
        db.AddRange(rules);
        return (version, rules);
    }

    /// <summary>The rules a request's shape cannot state declaratively: each rule's threshold matches its kind, and someone is targeted.</summary>
    public static Dictionary<string, string[]> Check(DirectiveRequest request)
    {
        var errors = new Dictionary<string, string[]>();
        if (request.TargetKinds.Count == 0 && request.TargetSectors.Count == 0)
        {
            errors["targetKinds"] = ["A directive targets at least one organization kind or sector."];
        }

        for (var i = 0; i < request.Rules.Count; i++)
        {
            var rule = request.Rules[i];
            var problem = rule.Kind switch
            {
                DirectiveRuleKind.Severity when rule.MinimumSeverity is null => ("minimumSeverity", "A severity rule names its minimumSeverity (low, medium, high or critical)."),
                DirectiveRuleKind.Decision when rule.MinimumDecision is null => ("minimumDecision", "A decision rule names its minimumDecision (track, track-star, attend or act)."),
                not DirectiveRuleKind.Severity when rule.MinimumSeverity is not null => ("minimumSeverity", "Only a severity rule has a minimumSeverity."),
                not DirectiveRuleKind.Decision when rule.MinimumDecision is not null => ("minimumDecision", "Only a decision rule has a minimumDecision."),
                _ => ((string, string)?)null,
            };
            if (problem is { } found)
            {
                errors[$"rules[{i}].{found.Item1}"] = [found.Item2];
            }
        }

        return errors;
    }

    public static async Task<DirectiveView> ViewAsync(ClearinghouseDb db, Directive directive, CancellationToken ct)
    {
        var versions = await db.Set<DirectiveVersion>().AsNoTracking().Where(v => v.DirectiveId == directive.Id).OrderBy(v => v.Version).ToListAsync(ct);
        var versionIds = versions.Select(v => v.Id).ToList();
        var rules = (await db.Set<DirectiveRule>().AsNoTracking().Where(r => versionIds.Contains(r.DirectiveVersionId)).ToListAsync(ct))
            .GroupBy(r => r.DirectiveVersionId).ToDictionary(g => g.Key, g => g.OrderBy(r => r.Ordinal).Select(r => r.ToView()).ToList());
        var current = versions.Single(v => v.Version == directive.CurrentVersion);
        return new DirectiveView(directive.Id.Value, directive.Reference, current.Version, current.Title, current.Summary, current.Kinds, current.Sectors,
            current.EffectiveOn, rules.GetValueOrDefault(current.Id) ?? [], directive.IssuedAt, directive.WithdrawnAt, directive.WithdrawalReason,
            [.. versions.Select(v => new DirectiveVersionView(v.Version, v.Title, v.EffectiveOn, rules.GetValueOrDefault(v.Id) ?? [], v.Note, v.CreatedAt, v.CreatedBy.Value))]);
    }
}
