namespace Clearinghouse.Contracts.Health;

/// <summary>The server's state as a load balancer or an operator sees it.</summary>
/// <param name="Status"><c>ok</c> when the database answers and its schema is current.</param>
/// <param name="Database">The storage provider: <c>sqlite</c> or <c>postgres</c>.</param>
/// <param name="SchemaVersion">The highest migration applied.</param>
/// <param name="Version">The server's build version.</param>
public sealed record HealthView(string Status, string Database, int SchemaVersion, string Version);
