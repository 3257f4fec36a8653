namespace Clearinghouse.Standards.Inspect;

/// <summary>One chat message, with its attachment references resolved.</summary>
/// <param name="Role"><c>system</c>, <c>user</c>, <c>assistant</c> or <c>tool</c>.</param>
/// <param name="Text">The text parts of its content, joined by new lines (reasoning included; images and other media left out).</param>
/// <param name="ToolCalls">The names of the functions an assistant message called.</param>
public sealed record InspectMessage(string Role, string Text, IReadOnlyList<string> ToolCalls);
