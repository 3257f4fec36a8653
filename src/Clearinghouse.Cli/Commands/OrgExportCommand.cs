using System.CommandLine;
using Clearinghouse.Contracts.Participants;

namespace Clearinghouse.Cli.Commands;

public static class OrgExportCommand
{
    public static Command Build(CliConsole console)
    {
        var id = WireValue.Id("organization-id", "The organization's id.");
        var output = new Option<FileInfo?>("--out") { Description = "Write the export to this file instead of standard output." };
        var command = new Command("export", "Export everything the clearinghouse holds about the organization as JSON.") { id, output };
        command.SetAction((parse, ct) => Remote.RunAsync(console, parse,
            c => c.GetAsync<OrganizationExport>($"/api/organizations/{parse.GetValue(id)}/export", ct),
            (_, export) =>
            {
                if (parse.GetValue(output) is { } file)
                {
                    File.WriteAllText(file.FullName, System.Text.Json.JsonSerializer.Serialize(export, Render.Json));
                    console.Error.WriteLine($"Wrote {file.FullName}: {export.Members.Count} members, {export.Tokens.Count} tokens, {export.AuditEntries.Count} audit entries.");
                }
                else
                {
                    Render.WriteJson(console, export);
                }
            },
            renderHandlesJson: true));
        return command;
    }
}
