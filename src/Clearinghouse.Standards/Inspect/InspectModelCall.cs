namespace Clearinghouse.Standards.Inspect;

/// <summary>One call to a model during a sample (a <c>model</c> event), its input expanded from the message pool.</summary>
/// <param name="Model">The model called.</param>
/// <param name="Input">The messages sent, in order (pooled references and attachments resolved).</param>
/// <param name="Completion">The text of the first choice, or empty.</param>
public sealed record InspectModelCall(string Model, IReadOnlyList<InspectMessage> Input, string Completion);
