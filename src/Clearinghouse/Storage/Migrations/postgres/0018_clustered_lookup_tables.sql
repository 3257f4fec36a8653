-- SQLite's twin stores case_bands and finding_keys as WITHOUT ROWID tables, clustered on their primary keys.
-- PostgreSQL always keeps a heap and a separate primary-key index, so there is nothing to change here; the version
-- exists so that both providers share one sequence of migrations.
SELECT 1;
