using Clearinghouse.Contracts.Directives;
using Clearinghouse.Storage;
using Microsoft.EntityFrameworkCore;

namespace Clearinghouse.Directives;

/// <summary>Every directive, newest first: directives are addressed to participants, so every member reads them.</summary>
public static class ListDirectives
{
    public static async Task<IReadOnlyList<DirectiveSummaryView>> Handle(ClearinghouseDb db, CancellationToken ct)
    {
        var directives = await db.Set<Directive>().AsNoTracking().ToListAsync(ct);
        var versions = (await db.Set<DirectiveVersion>().AsNoTracking().ToListAsync(ct)).ToDictionary(v => (v.DirectiveId, v.Version));
        var rules = (await db.Set<DirectiveRule>().AsNoTracking().Select(r => r.DirectiveVersionId).ToListAsync(ct)).CountBy(id => id).ToDictionary();
        return [.. directives.OrderByDescending(d => d.IssuedAt).Select(d =>
        {
            var current = versions[(d.Id, d.CurrentVersion)];
            return new DirectiveSummaryView(d.Id.Value, d.Reference, d.CurrentVersion, current.Title, current.EffectiveOn, rules.GetValueOrDefault(current.Id), d.IssuedAt, d.WithdrawnAt);
        })];
    }
}
