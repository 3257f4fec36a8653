using System.CommandLine;
using Clearinghouse.Contracts.Participants;

namespace Clearinghouse.Cli.Commands;

public static class OrgEnrolCommand
{
    public static Command Build(CliConsole console)
    {
        var name = new Option<string>("--name") { Description = "The organization's name.", Required = true };
        var kind = new Option<string>("--kind")
        {
            Description = "ai-developer, scanner-operator, maintainer, critical-infrastructure-operator, federal-agency or state-local-authority.",
            Required = true,
        };
        var sector = new Option<string?>("--sector") { Description = "For operators: healthcare, financial, energy, water, ... (the 16 CISA sectors)." };
        var sizeTier = new Option<string?>("--size-tier") { Description = "For operators: small, medium, large or national." };
        var tlp = new Option<string?>("--tlp") { Description = "Who sees the profile: TLP:CLEAR, TLP:GREEN, TLP:AMBER (default) or TLP:AMBER+STRICT." };
        var wellbeing = new Option<string?>("--mission-wellbeing") { Description = "SSVC Mission and Well-Being Impact: derived (from sector and size tier), low, medium or high." };
        var state = new Option<string?>("--state") { Description = "The US state or territory, as its USPS code (VT, PR); only aggregate figures use it." };
        var contact = new Option<string?>("--contact-email") { Description = "A mailbox the clearinghouse may write to." };
        var adminName = new Option<string>("--admin-name") { Description = "The first administrator's name.", Required = true };
        var adminEmail = new Option<string>("--admin-email") { Description = "The first administrator's e-mail address.", Required = true };
        var command = new Command("enrol", "Enrol an organization with its first administrator; prints that administrator's token once (clearinghouse administrators).")
        {
            name, kind, sector, sizeTier, tlp, contact, wellbeing, state, adminName, adminEmail,
        };
        command.SetAction(async (parse, ct) =>
        {
            if (!WireValue.TryParse<OrganizationKind>(parse.GetValue(kind), out var k, out var error)
                || !WireValue.TryParseOptional<Sector>(parse.GetValue(sector), out var s, out error)
                || !WireValue.TryParseOptional<SizeTier>(parse.GetValue(sizeTier), out var t, out error)
                || !WireValue.TryParseTlp(parse.GetValue(tlp), out var label, out error)
                || !WireValue.TryParseOptional<MissionWellbeingSetting>(parse.GetValue(wellbeing), out var mw, out error))
            {
                await console.Error.WriteLineAsync(error);
                return ExitCodes.Usage;
            }

            var request = new EnrolOrganizationRequest
            {
                Name = parse.GetValue(name)!,
                Kind = k,
                Sector = s,
                SizeTier = t,
                Tlp = label,
                ContactEmail = parse.GetValue(contact),
                MissionWellbeing = mw,
                State = parse.GetValue(state),
                FirstAdmin = new NewMember { DisplayName = parse.GetValue(adminName)!, Email = parse.GetValue(adminEmail)! },
            };
            return await Remote.RunAsync(console, parse, c => c.PostAsync<EnrolmentView>("/api/organizations", request, ct), (ansi, view) =>
            {
                Render.Value(ansi, view.Organization);
                console.Output.WriteLine();
                console.Output.WriteLine($"First administrator {view.Admin.Email} ({view.Admin.Id}); token, shown this once:");
                console.Output.WriteLine(view.AdminToken.Secret);
            });
        });
        return command;
    }
}
