using System.CommandLine;
using Clearinghouse.Contracts.Participants;

namespace Clearinghouse.Cli.Commands;

public static class OrgUpdateCommand
{
    public static Command Build(CliConsole console)
    {
        var id = WireValue.Id("organization-id", "The organization's id.");
        var name = new Option<string?>("--name") { Description = "A new name." };
        var sector = new Option<string?>("--sector") { Description = "A new sector (operators only)." };
        var sizeTier = new Option<string?>("--size-tier") { Description = "A new size tier (operators only)." };
        var tlp = new Option<string?>("--tlp") { Description = "A new label for the profile." };
        var wellbeing = new Option<string?>("--mission-wellbeing") { Description = "SSVC Mission and Well-Being Impact: derived (from sector and size tier), low, medium or high." };
        var state = new Option<string?>("--state") { Description = "The US state or territory, as its USPS code (VT, PR); only aggregate figures use it." };
        var contact = new Option<string?>("--contact-email") { Description = "A new contact mailbox." };
        var command = new Command("update", "Change an organization's profile (its administrators, or clearinghouse administrators).")
        {
            id, name, sector, sizeTier, tlp, contact, wellbeing, state,
        };
        command.SetAction(async (parse, ct) =>
        {
            if (!WireValue.TryParseOptional<Sector>(parse.GetValue(sector), out var s, out var error)
                || !WireValue.TryParseOptional<SizeTier>(parse.GetValue(sizeTier), out var t, out error)
                || !WireValue.TryParseTlp(parse.GetValue(tlp), out var label, out error)
                || !WireValue.TryParseOptional<MissionWellbeingSetting>(parse.GetValue(wellbeing), out var mw, out error))
            {
                await console.Error.WriteLineAsync(error);
                return ExitCodes.Usage;
            }

            var request = new UpdateOrganizationRequest { Name = parse.GetValue(name), Sector = s, SizeTier = t, Tlp = label, ContactEmail = parse.GetValue(contact), MissionWellbeing = mw, State = parse.GetValue(state) };
            return await Remote.RunAsync(console, parse, c => c.PatchAsync<OrganizationView>($"/api/organizations/{parse.GetValue(id)}", request, ct));
        });
        return command;
    }
}
