namespace Clearinghouse.Standards.Evaluation;

/// <summary>The attempts made on the tasks of one task family (a CTF category, one challenge's variants, ...), and how many succeeded.</summary>
/// <param name="Family">The family's name; counts with the same name are added together.</param>
/// <param name="Successes">Attempts that succeeded.</param>
/// <param name="Trials">Attempts made.</param>
public readonly record struct FamilyCount(string Family, int Successes, int Trials);
