using System.Net;
using System.Reflection;
using System.Reflection.Emit;
using System.Runtime.CompilerServices;
using Clearinghouse.Contracts.FrontierModels;
using Clearinghouse.Contracts.Participants;
using Clearinghouse.FrontierModels;
using Clearinghouse.Storage;
using Clearinghouse.Tests.Server;

namespace Clearinghouse.Tests.FrontierModels;

/// <summary>
/// Sec. 3(c): the framework is voluntary and never a licence or preclearance. The code of the developer's own actions
/// (release, withdrawal, ending a window) reads nothing the government decides, only the release use case sets a
/// model's release, and the actions succeed over HTTP before any government step has happened.
/// </summary>
public sealed class VoluntaryFrameworkTests(SharedHosts hosts) : IClassFixture<SharedHosts>
{
    /// <summary>The records of government actions: a developer's action that read one could be made to wait for it.</summary>
    private static readonly Type[] GovernmentRecords =
        [typeof(Recommendation), typeof(Consultation), typeof(ThresholdPolicy), typeof(TrustedPartner), typeof(ExportApproval), typeof(EvaluationRun), typeof(TermsAcceptance)];

    public static TheoryData<string> DeveloperActions() => [nameof(RecordModelRelease), nameof(WithdrawDetermination), nameof(EndAccessWindow)];

    [Theory, MemberData(nameof(DeveloperActions))]
    public void A_developers_action_reads_no_record_of_a_government_action(string useCase)
    {
        var handler = typeof(FrontierModel).Assembly.GetType("Clearinghouse.FrontierModels." + useCase)!.GetMethod("Handle")!;
        var forbidden = useCase == nameof(RecordModelRelease) ? [.. GovernmentRecords, typeof(Determination), typeof(AccessWindow)] : GovernmentRecords;

        var touched = ReferencedTypes(handler);

        Assert.Contains(typeof(FrontierModel), touched);
        Assert.Empty(touched.Intersect(forbidden));
    }

    [Fact]
    public void Only_the_developers_release_use_case_sets_a_models_release()
    {
        var setter = typeof(FrontierModel).GetProperty(nameof(FrontierModel.ReleasedAt))!.SetMethod!;
        var writers = typeof(FrontierModel).Assembly.GetTypes()
            .Where(t => t.Namespace?.StartsWith("Clearinghouse", StringComparison.Ordinal) == true)
            .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static | BindingFlags.Instance | BindingFlags.DeclaredOnly))
            .Where(m => References(m).Contains(setter))
            .Select(m => OuterType(m.DeclaringType!).Name)
            .Distinct()
            .ToList();

        Assert.Equal([nameof(RecordModelRelease)], writers);
    }

    [Theory, BothProviders]
    public async Task A_developer_releases_withdraws_and_ends_a_window_before_any_government_step(DatabaseProvider provider)
    {
        var host = await hosts.For(provider);
        var lab = await host.EnrolAsync("Voluntary Lab", OrganizationKind.AiDeveloper);
        using var client = host.Client(lab.AdminToken.Secret);
        var now = host.Clock.Now();
        var model = await (await client.PostJsonAsync("/api/frontier/models", new RegisterModelRequest
        {
            Name = "Unreviewed",
            Version = "1",
            Modality = "text",
            PlannedPartnerRelease = now.AddDays(5),
        })).ReadAsync<ModelView>(HttpStatusCode.Created);
        var receipt = await (await client.PostJsonAsync("/api/frontier/determinations", new OpenDeterminationRequest { ModelId = model.Id }))
            .ReadAsync<DeterminationReceiptView>(HttpStatusCode.Created);

        var released = await (await client.PostJsonAsync($"/api/frontier/models/{model.Id}/release", new ReleaseModelRequest { Audience = "partners" })).ReadAsync<ModelView>();
        var withdrawn = await (await client.PostJsonAsync($"/api/frontier/determinations/{receipt.Id}/withdraw", new WithdrawRequest())).ReadAsync<DeterminationReceiptView>();
        var again = await (await client.PostJsonAsync($"/api/frontier/determinations/{receipt.Id}/withdraw", new WithdrawRequest())).ReadAsync<DeterminationReceiptView>();
        var publicRelease = await (await client.PostJsonAsync($"/api/frontier/models/{model.Id}/release", new ReleaseModelRequest { Audience = "public" })).ReadAsync<ModelView>();

        Assert.Equal(now, released.ReleasedAt);
        Assert.Equal(now, withdrawn.WithdrawnAt);
        Assert.Equal(withdrawn, again);
        Assert.Equal(now, publicRelease.ReleasedAt);
    }

    private static Type OuterType(Type type) => type.DeclaringType is { } outer ? OuterType(outer) : type;

    /// <summary>Every type whose members the method uses, following the calls it makes into the application's own code (async bodies and lambdas included).</summary>
    private static HashSet<Type> ReferencedTypes(MethodBase start)
    {
        var types = new HashSet<Type>();
        var seen = new HashSet<MethodBase>();
        var pending = new Stack<MethodBase>([start]);
        while (pending.TryPop(out var method))
        {
            if (!seen.Add(method))
            {
                continue;
            }

            if (method.GetCustomAttribute<AsyncStateMachineAttribute>() is { } async)
            {
                pending.Push(async.StateMachineType.GetMethod("MoveNext", BindingFlags.Instance | BindingFlags.NonPublic | BindingFlags.Public)!);
            }

            foreach (var member in References(method))
            {
                if (member is Type type)
                {
                    types.Add(type);
                    continue;
                }

                types.Add(member.DeclaringType!);
                if (member is MethodInfo { IsGenericMethod: true } generic)
                {
                    types.UnionWith(generic.GetGenericArguments());
                }

                if (member is MethodBase callee && callee.Module == start.Module && callee.DeclaringType?.Namespace is "Clearinghouse.FrontierModels" or "Clearinghouse.Access")
                {
                    pending.Push(callee);
                }
            }
        }

        return types;
    }

    private static readonly Dictionary<short, OpCode> OpCodesByValue = typeof(OpCodes).GetFields(BindingFlags.Public | BindingFlags.Static)
        .Select(f => (OpCode)f.GetValue(null)!).ToDictionary(o => o.Value);

    /// <summary>The members and types a method's IL names (calls, field accesses, tokens), decoded opcode by opcode.</summary>
    private static List<MemberInfo> References(MethodBase method)
    {
        var found = new List<MemberInfo>();
        var il = method.GetMethodBody()?.GetILAsByteArray();
        if (il is null)
        {
            return found;
        }

        var typeArguments = method.DeclaringType is { IsGenericType: true } t ? t.GetGenericArguments() : null;
        var methodArguments = method.IsGenericMethod ? method.GetGenericArguments() : null;
        var i = 0;
        while (i < il.Length)
        {
            var op = il[i] == 0xFE ? OpCodesByValue[(short)(0xFE00 | il[i + 1])] : OpCodesByValue[il[i]];
            i += op.Size;
            switch (op.OperandType)
            {
                case OperandType.InlineMethod or OperandType.InlineField or OperandType.InlineType or OperandType.InlineTok:
                    if (method.Module.ResolveMember(BitConverter.ToInt32(il, i), typeArguments, methodArguments) is { } member)
                    {
                        found.Add(member);
                    }

                    i += 4;
                    break;
                case OperandType.InlineNone:
                    break;
                case OperandType.ShortInlineBrTarget or OperandType.ShortInlineI or OperandType.ShortInlineVar:
                    i += 1;
                    break;
                case OperandType.InlineVar:
                    i += 2;
                    break;
                case OperandType.InlineI8 or OperandType.InlineR:
                    i += 8;
                    break;
                case OperandType.InlineSwitch:
                    i += 4 + (4 * BitConverter.ToInt32(il, i));
                    break;
                default:
                    i += 4;
                    break;
            }
        }

        return found;
    }
}
