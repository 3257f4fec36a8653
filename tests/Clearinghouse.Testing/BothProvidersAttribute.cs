using System.Reflection;
using Clearinghouse.Storage;
using Xunit.Sdk;

namespace Clearinghouse.Testing;

/// <summary>Runs a theory once per storage provider: one schema, two providers, one suite (DESIGN.md §5).</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class BothProvidersAttribute : DataAttribute
{
    public override IEnumerable<object[]> GetData(MethodInfo testMethod) =>
        [[DatabaseProvider.Sqlite], [DatabaseProvider.Postgres]];
}
