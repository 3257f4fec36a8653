using Clearinghouse.Storage;

namespace Clearinghouse.Findings;

public readonly record struct FindingId(Guid Value) : ITypedId<FindingId>
{
    public static FindingId From(Guid value) => new(value);

    public static FindingId New(TimeProvider clock) => new(clock.NewId());

    public override string ToString() => Value.ToString();
}

public readonly record struct CaseId(Guid Value) : ITypedId<CaseId>
{
    public static CaseId From(Guid value) => new(value);

    public static CaseId New(TimeProvider clock) => new(clock.NewId());

    public override string ToString() => Value.ToString();
}

public readonly record struct SubmissionId(Guid Value) : ITypedId<SubmissionId>
{
    public static SubmissionId From(Guid value) => new(value);

    public static SubmissionId New(TimeProvider clock) => new(clock.NewId());

    public override string ToString() => Value.ToString();
}
