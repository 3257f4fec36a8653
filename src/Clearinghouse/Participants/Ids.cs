using Clearinghouse.Storage;

namespace Clearinghouse.Participants;

public readonly record struct OrganizationId(Guid Value) : ITypedId<OrganizationId>
{
    public static OrganizationId From(Guid value) => new(value);

    public static OrganizationId New(TimeProvider clock) => new(clock.NewId());

    public override string ToString() => Value.ToString();
}

public readonly record struct MemberId(Guid Value) : ITypedId<MemberId>
{
    public static MemberId From(Guid value) => new(value);

    public static MemberId New(TimeProvider clock) => new(clock.NewId());

    public override string ToString() => Value.ToString();
}

public readonly record struct TokenId(Guid Value) : ITypedId<TokenId>
{
    public static TokenId From(Guid value) => new(value);

    public static TokenId New(TimeProvider clock) => new(clock.NewId());

    public override string ToString() => Value.ToString();
}
