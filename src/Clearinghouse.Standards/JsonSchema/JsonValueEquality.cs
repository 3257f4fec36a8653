using System.Text.Json;

namespace Clearinghouse.Standards.JsonSchema;

/// <summary>JSON Schema equality (enum, const, uniqueItems): numbers by value (1 equals 1.0), objects regardless of member order.</summary>
internal static class JsonValueEquality
{
    public static bool AreEqual(JsonElement a, JsonElement b)
    {
        var kindA = Normalize(a.ValueKind);
        if (kindA != Normalize(b.ValueKind))
        {
            return false;
        }

        switch (kindA)
        {
            case JsonValueKind.Number:
                return a.GetDouble() == b.GetDouble();
            case JsonValueKind.String:
                return a.ValueEquals(b.GetString());
            case JsonValueKind.True:
                return a.ValueKind == b.ValueKind;
            case JsonValueKind.Array:
                if (a.GetArrayLength() != b.GetArrayLength())
                {
                    return false;
                }

                using (var left = a.EnumerateArray())
                using (var right = b.EnumerateArray())
                {
                    while (left.MoveNext() && right.MoveNext())
                    {
                        if (!AreEqual(left.Current, right.Current))
                        {
                            return false;
                        }
                    }
                }

                return true;
            case JsonValueKind.Object:
                var count = 0;
                foreach (var property in a.EnumerateObject())
                {
                    count++;
                    if (!b.TryGetProperty(property.Name, out var other) || !AreEqual(property.Value, other))
                    {
                        return false;
                    }
                }

                return count == b.EnumerateObject().Count();
            default:
                return true;
        }
    }

    private static JsonValueKind Normalize(JsonValueKind kind) => kind == JsonValueKind.False ? JsonValueKind.True : kind;
}
