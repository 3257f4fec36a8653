using System.Security.Cryptography;
using System.Text;
using Clearinghouse.Access;
using Clearinghouse.Audit;
using Clearinghouse.Contracts.FrontierModels;
using Clearinghouse.Http;
using Clearinghouse.Storage;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Clearinghouse.FrontierModels;

/// <summary>
/// Clearinghouse administrators publish a new version of an agreed terms document. From then on, individuals must accept
/// that version before getting (or using) access credentials.
/// </summary>
public static class PublishTerms
{
    public static async Task<Results<Created<TermsView>, ProblemHttpResult>> Handle(PublishTermsRequest request, Principal caller, ClearinghouseDb db, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!AccessPolicy.IsStaffAdministrator(caller))
        {
            return Problems.Forbidden("Only clearinghouse administrators publish the agreed terms.");
        }

        var latest = await db.Set<TermsDocument>().Where(t => t.Kind == request.Kind && t.Audience == request.Audience).MaxAsync(t => (int?)t.Version, ct) ?? 0;
        var terms = new TermsDocument
        {
            Id = db.Clock.NewId(),
            Kind = request.Kind,
            Audience = request.Audience,
            Version = latest + 1,
            Sha256 = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(request.Text))),
            Body = request.Text,
            PublishedBy = caller.MemberId,
            PublishedAt = db.Clock.Now(),
        };
        db.Add(terms);
        db.Record(caller, "frontier.terms-published", "terms", terms.Id.ToString(), null, null, terms.ToView());
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException e) when (e.IsUniqueViolation())
        {
            return Problems.Conflict("Another version of these terms was published at the same time.");
        }

        return TypedResults.Created($"/api/frontier/terms/{terms.Id}", terms.ToView());
    }

    /// <summary>The current version of each kind of terms for an audience, and which of them the member has not accepted.</summary>
    internal static async Task<List<TermsKind>> MissingAcceptancesAsync(ClearinghouseDb db, Participants.MemberId member, TermsAudience audience, CancellationToken ct)
    {
        var documents = await db.Set<TermsDocument>().AsNoTracking().Where(t => t.Audience == audience).Select(t => new { t.Id, t.Kind, t.Version }).ToListAsync(ct);
        var accepted = await db.Set<TermsAcceptance>().AsNoTracking().Where(a => a.MemberId == member).Select(a => a.TermsId).ToListAsync(ct);
        var current = documents.GroupBy(d => d.Kind).ToDictionary(g => g.Key, g => g.MaxBy(d => d.Version)!.Id);
        return [.. Enum.GetValues<TermsKind>().Where(kind => !current.TryGetValue(kind, out var id) || !accepted.Contains(id))];
    }
}
