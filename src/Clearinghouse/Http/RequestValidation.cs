using System.Collections;
using System.ComponentModel.DataAnnotations;
using System.Reflection;
using System.Text.Json;
using Clearinghouse.Contracts.Problems;
using Microsoft.AspNetCore.Http;

namespace Clearinghouse.Http;

/// <summary>
/// Checks the declared shape of request bodies (data annotations on the Contracts types, nested objects included)
/// before any handler runs, and answers 400 with every invalid field named by its JSON path.
/// </summary>
public static class RequestValidation
{
    private static readonly Assembly ContractsAssembly = typeof(ProblemTypes).Assembly;

    public static EndpointFilterDelegate Factory(EndpointFilterFactoryContext context, EndpointFilterDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        var validated = context.MethodInfo.GetParameters()
            .Select((p, i) => (p.ParameterType, Index: i))
            .Where(p => p.ParameterType.Assembly == ContractsAssembly && p.ParameterType.IsClass)
            .Select(p => p.Index)
            .ToArray();
        if (validated.Length == 0)
        {
            return next;
        }

        return async invocation =>
        {
            var errors = new Dictionary<string, List<string>>();
            foreach (var index in validated)
            {
                if (invocation.Arguments[index] is { } argument)
                {
                    Collect(argument, "", errors);
                }
            }

            return errors.Count == 0
                ? await next(invocation)
                : TypedResults.ValidationProblem(errors.ToDictionary(e => e.Key, e => e.Value.ToArray()), type: ProblemTypes.Validation,
                    title: "The request has invalid fields");
        };
    }

    private static void Collect(object instance, string path, Dictionary<string, List<string>> errors)
    {
        var results = new List<ValidationResult>();
        Validator.TryValidateObject(instance, new ValidationContext(instance), results, validateAllProperties: true);
        foreach (var result in results)
        {
            foreach (var member in result.MemberNames.DefaultIfEmpty(""))
            {
                var key = Join(path, member);
                if (!errors.TryGetValue(key, out var list))
                {
                    errors[key] = list = [];
                }

                list.Add(result.ErrorMessage ?? "is invalid");
            }
        }

        foreach (var property in instance.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            var value = property.GetValue(instance);
            if (value is null || value is string)
            {
                continue;
            }

            if (value is IEnumerable items && property.PropertyType != typeof(string))
            {
                var i = 0;
                foreach (var item in items)
                {
                    if (item is not null && item.GetType().Assembly == ContractsAssembly && item.GetType().IsClass)
                    {
                        Collect(item, $"{Join(path, property.Name)}[{i}]", errors);
                    }

                    i++;
                }
            }
            else if (value.GetType().Assembly == ContractsAssembly && value.GetType().IsClass)
            {
                Collect(value, Join(path, property.Name), errors);
            }
        }
    }

    private static string Join(string path, string member)
    {
        var name = JsonNamingPolicy.CamelCase.ConvertName(member);
        return path.Length == 0 ? name : member.Length == 0 ? path : $"{path}.{name}";
    }
}
