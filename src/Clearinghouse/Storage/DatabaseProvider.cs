namespace Clearinghouse.Storage;

public enum DatabaseProvider
{
    Sqlite,
    Postgres,
}
