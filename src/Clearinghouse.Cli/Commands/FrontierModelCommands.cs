using System.CommandLine;
using Clearinghouse.Contracts.FrontierModels;

namespace Clearinghouse.Cli.Commands;

/// <summary>
/// The developer's verbs on its own model: <c>frontier register</c> (Sec. 3(b): a model under development, CUI//PROPIN)
/// and <c>frontier release MODEL --audience public|partners</c> (Sec. 3(c): recorded, never refused, never waiting for
/// the government). Thin over the RegisterModel and RecordModelRelease endpoints; exit 0 done, 1 refused, 2 bad input, 3 server.
/// </summary>
public static class FrontierModelCommands
{
    public static Command Register(CliConsole console)
    {
        var name = new Option<string>("--name") { Description = "The model's name.", Required = true };
        var version = new Option<string>("--version") { Description = "Its version (checkpoint).", Required = true };
        var modality = new Option<string>("--modality") { Description = "e.g. text, text+tools, multimodal.", Required = true };
        var lineage = new Option<string?>("--lineage") { Description = "What it derives from (base model, post-training)." };
        var compute = new Option<double?>("--training-compute") { Description = "Training compute, in FLOP." };
        var partnerRelease = new Option<DateTimeOffset?>("--partner-release") { Description = "Planned release to trusted partners (ISO 8601)." };
        var publicRelease = new Option<DateTimeOffset?>("--public-release") { Description = "Planned public release (ISO 8601)." };
        var contact = new Option<string[]>("--contact") { Description = "A contact e-mail address (repeatable).", AllowMultipleArgumentsPerToken = false };
        var register = new Command("register", "Register a model under development (AI developers); only you and cleared government members see it.")
        {
            name, version, modality, lineage, compute, partnerRelease, publicRelease, contact,
        };
        register.SetAction(async (parse, ct) =>
        {
            var request = new RegisterModelRequest
            {
                Name = parse.GetValue(name)!,
                Version = parse.GetValue(version)!,
                Modality = parse.GetValue(modality)!,
                Lineage = parse.GetValue(lineage),
                TrainingComputeFlop = parse.GetValue(compute),
                PlannedPartnerRelease = parse.GetValue(partnerRelease),
                PlannedPublicRelease = parse.GetValue(publicRelease),
                Contacts = parse.GetValue(contact) is { Length: > 0 } contacts ? contacts : null,
            };
            return await Remote.RunAsync(console, parse, c => c.PostAsync<ModelView>("/api/frontier/models", request, ct));
        });
        return register;
    }

    public static Command Release(CliConsole console)
    {
        var model = WireValue.Id("model", "The model's id.");
        var audience = new Option<string>("--audience") { Description = "public or partners.", Required = true };
        var note = new Option<string?>("--note") { Description = "Anything you want on record." };
        var release = new Command("release", "Record that you released your model; never refused, never waits for the government (Sec. 3(c)).") { model, audience, note };
        release.SetAction(async (parse, ct) => await Remote.RunAsync(console, parse, c => c.PostAsync<ModelView>(
            $"/api/frontier/models/{parse.GetValue(model)}/release", new ReleaseModelRequest { Audience = parse.GetValue(audience)!, Note = parse.GetValue(note) }, ct)));
        return release;
    }
}
