using System.Text.Json;

namespace Clearinghouse.Standards.Inspect;

/// <summary>One step of the solver plan (the scaffold): a solver and the parameters it was built with.</summary>
/// <param name="Solver">The solver's registry name, e.g. <c>use_tools</c>, <c>generate</c>, <c>basic_agent</c>.</param>
/// <param name="Parameters">Its parameters as recorded (tools, prompts, attempts, ...), or null.</param>
public sealed record InspectPlanStep(string Solver, JsonElement? Parameters);
