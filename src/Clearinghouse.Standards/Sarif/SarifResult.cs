using System.Text.Json;

namespace Clearinghouse.Standards.Sarif;

/// <summary>One result of a run (§3.27), as read from the log, with its message text resolved.</summary>
/// <param name="RunIndex">The run's index in the log.</param>
/// <param name="Index">The result's index in the run's <c>results</c>.</param>
/// <param name="RuleId">
/// <c>ruleId</c>, or else <c>rule.id</c>, or else the id of the rule <c>ruleIndex</c> points to when the rules were read
/// before the result; null when none of them says.
/// </param>
/// <param name="RuleIndex"><c>ruleIndex</c>, or else <c>rule.index</c>, if given.</param>
/// <param name="Rule">The <c>rule</c> reference as written, if given.</param>
/// <param name="Level">The level as written, if given (see <see cref="SarifRun.EffectiveLevel"/> for the defaulting rules).</param>
/// <param name="Kind">The kind as written, if given (SARIF's default is <see cref="SarifResultKind.Fail"/>).</param>
/// <param name="Message">The message as written.</param>
/// <param name="MessageText">
/// The message's text: <c>message.text</c>, or else the rule's message string <c>message.id</c> with the arguments filled in
/// (§3.11.5); null when neither can be had (e.g. the rules come after the results in the log).
/// </param>
/// <param name="Locations">Where the result was found; empty when none.</param>
/// <param name="RelatedLocations">Other relevant locations; empty when none.</param>
/// <param name="CodeFlows">Paths through the code that lead to the result; empty when none.</param>
/// <param name="Fingerprints">Stable identities of the result by fingerprint kind; empty when none.</param>
/// <param name="PartialFingerprints">Partial identities (e.g. <c>primaryLocationLineHash</c>); empty when none.</param>
/// <param name="Taxa">References to taxa (e.g. CWE entries) the result is classified under; empty when none.</param>
/// <param name="GuidText">The result's GUID, if given.</param>
/// <param name="Properties">The property bag, if given.</param>
public sealed record SarifResult(
    int RunIndex,
    int Index,
    string? RuleId,
    int? RuleIndex,
    SarifDescriptorReference? Rule,
    SarifLevel? Level,
    SarifResultKind? Kind,
    SarifMessage Message,
    string? MessageText,
    IReadOnlyList<SarifLocation> Locations,
    IReadOnlyList<SarifLocation> RelatedLocations,
    IReadOnlyList<SarifCodeFlow> CodeFlows,
    IReadOnlyDictionary<string, string> Fingerprints,
    IReadOnlyDictionary<string, string> PartialFingerprints,
    IReadOnlyList<SarifDescriptorReference> Taxa,
    string? GuidText,
    JsonElement? Properties);
