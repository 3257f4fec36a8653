using System.CommandLine;
using Spectre.Console;
using Clearinghouse.Contracts.Participants;
using Clearinghouse.Participants;
using Clearinghouse.Storage;

namespace Clearinghouse.Cli.Commands;

public static class AdminInitCommand
{
    public static Command Build(CliConsole console)
    {
        var name = new Option<string>("--name") { Description = "The first administrator's name.", Required = true };
        var email = new Option<string>("--email") { Description = "The first administrator's e-mail address.", Required = true };
        var organization = new Option<string>("--organization")
        {
            Description = "The staff organization's name.",
            DefaultValueFactory = _ => "Clearinghouse staff",
        };
        var command = new Command("init", "Create the clearinghouse-staff organization and its first administrator, and print that administrator's token once.")
        {
            CliOptions.Database, name, email, organization,
        };
        command.SetAction((parse, ct) => LocalDatabase.RunAsync(console, parse, async (db, _) =>
        {
            var admin = new NewMember { DisplayName = parse.GetValue(name)!, Email = parse.GetValue(email)! };
            if (!System.ComponentModel.DataAnnotations.Validator.TryValidateObject(admin, new(admin), null, validateAllProperties: true)
                || string.IsNullOrWhiteSpace(parse.GetValue(organization)))
            {
                await console.Error.WriteLineAsync("--name and --organization must not be empty, and --email must be an e-mail address.");
                return ExitCodes.Usage;
            }

            await SchemaMigrations.ApplyAsync(db, ct);
            var outcome = await InitializeInstance.RunAsync(db, parse.GetValue(organization)!, admin, ct);
            if (outcome.Enrolment is not { } enrolment)
            {
                await console.Error.WriteLineAsync(outcome.Refusal);
                return ExitCodes.No;
            }

            if (parse.GetValue(CliOptions.Json))
            {
                Render.WriteJson(console, enrolment);
            }
            else
            {
                console.Ansi.MarkupLineInterpolated($"Created [bold]{enrolment.Organization.Name}[/] with administrator {enrolment.Admin.Email}.");
                console.Ansi.MarkupLine("Its API token, shown this once (store it now; only its hash is kept):");
                console.Output.WriteLine(enrolment.AdminToken.Secret);
            }

            return ExitCodes.Ok;
        }));
        return command;
    }
}
