using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Clearinghouse.Scoring;

/// <summary>Scoring: the reference data that decisions are made with (section <c>Scoring</c>).</summary>
public static class ScoringModule
{
    /// <summary>
    /// <c>Scoring:SsvcTables</c> names the directory of CERT/CC's SSVC decision tables; without it, <see cref="SsvcTables.DefaultDirectory"/>
    /// is used when it exists, and no tables otherwise. A configured directory that is missing or holds a broken table stops start-up.
    /// </summary>
    public static IServiceCollection AddScoring(this IServiceCollection services, IConfiguration section)
    {
        ArgumentNullException.ThrowIfNull(section);
        services.AddSingleton(_ =>
        {
            var configured = section["SsvcTables"];
            var folder = configured ?? SsvcTables.DefaultDirectory;
            if (configured is null && !Directory.Exists(folder))
            {
                return SsvcTables.None;
            }

            var (tables, problem) = SsvcTables.Load(folder);
            return tables ?? throw new InvalidOperationException(problem + " (setting Scoring:SsvcTables)");
        });
        return services;
    }
}
