using System.Globalization;
using Clearinghouse.Standards.Json;
using Clearinghouse.Standards.Kev;
using Clearinghouse.Standards.Ssvc;

namespace Clearinghouse.Standards.Remediation;

/// <summary>
/// A versioned remediation due-date policy, loaded from a policy document (format described in
/// docs/guide/remediation-policies.md): either the KEV entry's own due date (BOD 22-01), or an SSVC decision table
/// whose outcomes map to days (BOD 26-04, the clearinghouse's policy). A new directive is a new table and a new
/// document, not new code.
/// </summary>
public sealed class RemediationPolicy
{
    internal RemediationPolicy(
        string id, string version, string name, string description, RemediationBasis basis,
        SsvcDecisionTable? table, IReadOnlyDictionary<string, RemediationTimeline> timelines)
    {
        Id = id;
        Version = version;
        Name = name;
        Description = description;
        Basis = basis;
        Table = table;
        Timelines = timelines;
    }

    /// <summary>The policy's id, e.g. <c>cisa-bod-26-04</c>; the same across versions.</summary>
    public string Id { get; }

    /// <summary>The policy's version, e.g. <c>1.0.0</c>.</summary>
    public string Version { get; }

    /// <summary>The name people use.</summary>
    public string Name { get; }

    /// <summary>What the policy is and whom it applies to.</summary>
    public string Description { get; }

    /// <summary>What the due date is counted from.</summary>
    public RemediationBasis Basis { get; }

    /// <summary>The decision table of an SSVC-based policy; null for <see cref="RemediationBasis.KevDueDate"/>.</summary>
    public SsvcDecisionTable? Table { get; }

    /// <summary>For an SSVC-based policy, the timeline of each outcome by the outcome's value key; empty otherwise.</summary>
    public IReadOnlyDictionary<string, RemediationTimeline> Timelines { get; }

    /// <summary>
    /// Reads a policy document from UTF-8 JSON. An SSVC-based policy names its decision table by id
    /// (<c>cisa:DT_BOD2604:1.0.0</c>); it is looked up among <paramref name="tables"/>. Never throws on bad input.
    /// </summary>
    public static JsonLoadResult<RemediationPolicy> Load(ReadOnlyMemory<byte> utf8Json, IEnumerable<SsvcDecisionTable> tables) =>
        RemediationPolicyReader.Read(utf8Json, tables);

    /// <summary>Reads a policy document from a stream of UTF-8 JSON; never throws on bad input (I/O errors still throw).</summary>
    public static JsonLoadResult<RemediationPolicy> Load(Stream utf8Json, IEnumerable<SsvcDecisionTable> tables) => Load(JsonInput.ReadAll(utf8Json), tables);

    /// <summary>When a vulnerability must be remediated under this policy, with the outcome and the path that led to it.</summary>
    public RemediationDue DueDate(RemediationInputs inputs)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        return Basis == RemediationBasis.KevDueDate ? FromKev(inputs.KevEntry) : FromTable(inputs);
    }

    /// <summary><c>cisa-bod-26-04 1.0.0 (CISA BOD 26-04 remediation timelines)</c>.</summary>
    public override string ToString() => $"{Id} {Version} ({Name})";

    private RemediationDue FromKev(KevEntry? entry)
    {
        if (entry is null)
        {
            return new RemediationDue(this, "Not in KEV", null, null, false, [],
                $"{Name}: not in the KEV catalog, so no due date (this policy dates only KEV entries)", []);
        }

        var days = entry.DueDate.DayNumber - entry.DateAdded.DayNumber;
        var reason = Invariant($"{Name}: {entry.CveId} was added to KEV on {entry.DateAdded:yyyy-MM-dd}; CISA set its due date to {entry.DueDate:yyyy-MM-dd} ({days} days)");
        if (days < 0)
        {
            reason += ", before the day it was added: the entry carried over an earlier directive's deadline";
        }

        return new RemediationDue(this, "In KEV", days, entry.DueDate, false, [], reason, []);
    }

    private RemediationDue FromTable(RemediationInputs inputs)
    {
        var decision = Table!.Decide(inputs.Decision);
        if (!decision.IsDecided)
        {
            return new RemediationDue(this, null, null, null, false, [], $"{Name}: no decision", decision.Errors);
        }

        var timeline = Timelines[decision.Outcome.Key];
        var why = $"{Name}: {string.Join(", ", decision.Path)} -> {decision.Outcome.Name}";
        var rationale = timeline.Rationale.Length == 0 ? "" : $" ({timeline.Rationale})";
        if (timeline.Days is not { } days)
        {
            return new RemediationDue(this, decision.Outcome.Name, null, null, timeline.ForensicTriage, decision.Path, why + ": no fixed date" + rationale, []);
        }

        if (inputs.Since is not { } since)
        {
            return new RemediationDue(this, decision.Outcome.Name, days, null, timeline.ForensicTriage, decision.Path, why,
                [Invariant($"{decision.Outcome.Name} allows {days} days from the day the inputs became true; that day (Since) is not given")]);
        }

        var due = since.AddDays(days);
        var reason = Invariant($"{why}: {days} days from {since:yyyy-MM-dd}, due {due:yyyy-MM-dd}")
            + (timeline.ForensicTriage ? ", with a forensic triage of the asset" : "") + rationale;
        return new RemediationDue(this, decision.Outcome.Name, days, due, timeline.ForensicTriage, decision.Path, reason, []);
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
