using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;

namespace Clearinghouse.Access;

/// <summary>
/// API token secrets: <c>chs_</c> followed by 32 random bytes (256 bits) in base64url. The prefix lets secret scanners
/// recognise a leaked token; only its SHA-256 is stored.
/// </summary>
public static class TokenSecret
{
    public const string Marker = "chs_";
    private const int RandomBytes = 32;
    private const int DisplayedPrefixLength = 12;

    public static (string Secret, string Hash, string Prefix) Generate()
    {
        var secret = Marker + Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(RandomBytes));
        return (secret, Hash(secret), secret[..DisplayedPrefixLength]);
    }

    public static string Hash(string secret) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));

    /// <summary>Cheap shape check before touching the database: a malformed bearer value never causes a look-up.</summary>
    public static bool LooksValid(string candidate) =>
        candidate.Length == Marker.Length + 43 && candidate.StartsWith(Marker, StringComparison.Ordinal) && Base64Url.IsValid(candidate.AsSpan(Marker.Length));
}
