using Clearinghouse.Storage;

namespace Clearinghouse.Scans;

public readonly record struct AssetId(Guid Value) : ITypedId<AssetId>
{
    public static AssetId From(Guid value) => new(value);

    public override string ToString() => Value.ToString();
}

public readonly record struct CampaignId(Guid Value) : ITypedId<CampaignId>
{
    public static CampaignId From(Guid value) => new(value);

    public override string ToString() => Value.ToString();
}

public readonly record struct ConsentId(Guid Value) : ITypedId<ConsentId>
{
    public static ConsentId From(Guid value) => new(value);

    public override string ToString() => Value.ToString();
}

public readonly record struct BlackoutId(Guid Value) : ITypedId<BlackoutId>
{
    public static BlackoutId From(Guid value) => new(value);

    public override string ToString() => Value.ToString();
}
