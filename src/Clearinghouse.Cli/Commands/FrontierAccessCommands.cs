using System.CommandLine;
using System.Globalization;
using Clearinghouse.Contracts.FrontierModels;
using Spectre.Console;

namespace Clearinghouse.Cli.Commands;

/// <summary>
/// Pre-release access and trusted partners, thin over their endpoints: <c>frontier window open MODEL --starts --ends</c>
/// (the developer; at most 30 days, ending by the partner release), <c>frontier terms accept TERMS</c> (an individual,
/// before any credential), <c>frontier partner nominate MODEL --organization ORG --rationale R</c> (either side) and
/// <c>frontier partner approve PARTNER</c> (the other side's consent); <c>frontier window log WINDOW</c> lists the accesses
/// whose marking the caller may read, between the banner of the highest shown. Exit 0 done, 1 refused, 2 bad input or a
/// rule (a window over 30 days), 3 server.
/// </summary>
public static class FrontierAccessCommands
{
    public static Command Window(CliConsole console)
    {
        var model = WireValue.Id("model", "The model's id.");
        var starts = new Option<DateTimeOffset>("--starts") { Description = "When the government's access starts (ISO 8601).", Required = true };
        var ends = new Option<DateTimeOffset>("--ends") { Description = "When it ends: at most 30 days later, and by the planned partner release.", Required = true };
        var openWindow = new Command("open", "Open the government's pre-release access window for your covered model (developers).") { model, starts, ends };
        openWindow.SetAction(async (parse, ct) => await Remote.RunAsync(console, parse, c => c.PostAsync<AccessWindowView>(
            $"/api/frontier/models/{parse.GetValue(model)}/windows", new OpenAccessWindowRequest { StartsAt = parse.GetValue(starts), EndsAt = parse.GetValue(ends) }, ct)));

        var window = WireValue.Id("window", "The window's id.");
        var log = new Command("log", "A window's accesses and insider-risk alerts, those whose marking you may read, under the banner of the highest shown.") { window };
        log.SetAction(async (parse, ct) => await Remote.RunAsync<AccessLogView>(console, parse, c => c.GetAsync<AccessLogView>(
            $"/api/frontier/windows/{parse.GetValue(window)}/accesses", ct), ShowLog));
        return new Command("window", "Pre-release access windows (Sec. 3(b)(ii)).") { openWindow, log };
    }

    private static void ShowLog(IAnsiConsole ansi, AccessLogView view)
    {
        ansi.WriteLine(view.Banner);
        ansi.WriteLine($"Window {view.Window.Id} for {view.Window.Grantee}: {view.Window.StartsAt:O} to {view.Window.EndsAt:O}");
        if (view.Entries.Count == 0)
        {
            ansi.WriteLine("No access that you may read.");
        }
        else
        {
            Render.Table(ansi, view.Entries.Select(e => new
            {
                Marking = e.Marking.Banner,
                At = e.At.ToString("O", CultureInfo.InvariantCulture),
                Member = e.MemberId?.ToString() ?? "",
                e.From,
                e.What,
                Alerts = string.Join(", ", e.Alerts),
            }).ToList());
        }

        ansi.WriteLine(view.Banner);
    }

    public static Command Terms(CliConsole console)
    {
        var terms = WireValue.Id("terms", "The terms document's id (see GET /api/frontier/terms).");
        var accept = new Command("accept", "Accept the current version of an agreed terms document, as yourself.") { terms };
        accept.SetAction(async (parse, ct) => await Remote.RunAsync(console, parse, c => c.PostAsync<TermsAcceptanceView>(
            $"/api/frontier/terms/{parse.GetValue(terms)}/acceptances", null, ct)));
        return new Command("terms", "Agreed terms for individuals with pre-release access.") { accept };
    }

    public static Command Partner(CliConsole console)
    {
        var nominated = WireValue.Id("model", "The model's id.");
        var organization = new Option<Guid>("--organization") { Description = "The partner organization's id.", Required = true };
        var rationale = new Option<string>("--rationale") { Description = "Why this partner.", Required = true };
        var nominate = new Command("nominate", "Nominate a trusted partner (developer or government); the nomination is your side's consent.") { nominated, organization, rationale };
        nominate.SetAction(async (parse, ct) => await Remote.RunAsync(console, parse, c => c.PostAsync<TrustedPartnerView>(
            $"/api/frontier/models/{parse.GetValue(nominated)}/partners",
            new NominatePartnerRequest { PartnerOrganizationId = parse.GetValue(organization), Rationale = parse.GetValue(rationale)! }, ct)));

        var partner = WireValue.Id("partner", "The nomination's id.");
        var approve = new Command("approve", "Consent to a partner the other side nominated; with both consents its window follows the government's.") { partner };
        approve.SetAction(async (parse, ct) => await Remote.RunAsync(console, parse, c => c.PostAsync<TrustedPartnerView>(
            $"/api/frontier/partners/{parse.GetValue(partner)}/approval", null, ct)));

        return new Command("partner", "Trusted partners by dual consent (Sec. 3(b)(iii)).") { nominate, approve };
    }
}
