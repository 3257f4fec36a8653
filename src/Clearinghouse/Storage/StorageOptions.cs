namespace Clearinghouse.Storage;

/// <summary>Bound from the configuration root: <c>Database</c> (env <c>CLEARINGHOUSE_DATABASE</c>, CLI <c>--database</c>).</summary>
public sealed class StorageOptions
{
    public string? Database { get; set; }

    /// <summary>Apply pending migrations when the server starts (default). Turn off where a deployment migrates in a separate step.</summary>
    public bool MigrateOnStart { get; set; } = true;
}
