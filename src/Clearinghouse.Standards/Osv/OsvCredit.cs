namespace Clearinghouse.Standards.Osv;

/// <summary>A <c>credits[]</c> entry.</summary>
/// <param name="Name">Who is credited.</param>
/// <param name="Contact">Contact URLs.</param>
/// <param name="Type">The role (<c>FINDER</c>, <c>REPORTER</c>...), when given.</param>
public sealed record OsvCredit(string Name, IReadOnlyList<string> Contact, string? Type);
