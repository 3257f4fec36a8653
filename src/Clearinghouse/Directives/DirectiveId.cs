using Clearinghouse.Storage;

namespace Clearinghouse.Directives;

public readonly record struct DirectiveId(Guid Value) : ITypedId<DirectiveId>
{
    public static DirectiveId From(Guid value) => new(value);

    public static DirectiveId New(TimeProvider clock) => new(clock.NewId());

    public override string ToString() => Value.ToString();
}
