using System.CommandLine;
using Clearinghouse.Contracts.Audit;

namespace Clearinghouse.Cli.Commands;

public static class AuditListCommand
{
    public static Command Build(CliConsole console)
    {
        var organization = new Option<Guid?>("--organization") { Description = "Only entries about this organization or by its members." };
        var after = new Option<long?>("--after") { Description = "Start after this sequence number." };
        var limit = new Option<int?>("--limit") { Description = "At most this many entries (1 to 1000, default 100)." };
        var command = new Command("list", "Page through the audit trail from the server.") { organization, after, limit };
        command.SetAction((parse, ct) =>
        {
            var query = new List<string>();
            if (parse.GetValue(organization) is { } o)
            {
                query.Add($"organizationId={o}");
            }

            if (parse.GetValue(after) is { } a)
            {
                query.Add($"after={a}");
            }

            if (parse.GetValue(limit) is { } l)
            {
                query.Add($"limit={l}");
            }

            var path = "/api/audit" + (query.Count > 0 ? "?" + string.Join('&', query) : "");
            return Remote.RunAsync(console, parse, c => c.GetAsync<List<AuditEntryView>>(path, ct), (ansi, entries) =>
                Render.Table(ansi, entries, nameof(AuditEntryView.Sequence), nameof(AuditEntryView.OccurredAt), nameof(AuditEntryView.Action),
                    nameof(AuditEntryView.SubjectType), nameof(AuditEntryView.SubjectId), nameof(AuditEntryView.ActorMemberId)));
        });
        return command;
    }
}
