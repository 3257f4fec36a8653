using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Clearinghouse.Storage;

/// <summary>An id that says what it identifies (<c>OrganizationId</c>, not a bare Guid), stored as its Guid.</summary>
public interface ITypedId<TSelf>
    where TSelf : struct, ITypedId<TSelf>
{
    Guid Value { get; }

    static abstract TSelf From(Guid value);
}

public sealed class TypedIdConverter<TId>() : ValueConverter<TId, Guid>(id => id.Value, value => Create(value))
    where TId : struct, ITypedId<TId>
{
    // Expression trees cannot call a static abstract member directly.
    private static TId Create(Guid value) => TId.From(value);
}
