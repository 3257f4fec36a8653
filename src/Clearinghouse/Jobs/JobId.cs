using Clearinghouse.Storage;

namespace Clearinghouse.Jobs;

public readonly record struct JobId(Guid Value) : ITypedId<JobId>
{
    public static JobId From(Guid value) => new(value);

    public static JobId New(TimeProvider clock) => new(clock.NewId());

    public override string ToString() => Value.ToString();
}
