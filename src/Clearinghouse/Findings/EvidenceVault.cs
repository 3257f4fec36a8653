using System.Security.Cryptography;
using System.Text;
using Clearinghouse.Storage;
using Microsoft.Extensions.Options;

namespace Clearinghouse.Findings;

/// <summary>
/// Encrypts evidence at rest with AES-256-GCM under the instance's evidence key. Content is addressed by the SHA-256 of
/// its plaintext, which is also the associated data, so a blob cannot be swapped for another one undetected.
/// </summary>
public sealed class EvidenceVault
{
    private readonly byte[] key;

    public EvidenceVault(IOptions<FindingsOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        key = LoadKey(options.Value);
        KeyId = Convert.ToHexStringLower(SHA256.HashData(key))[..16];
    }

    /// <summary>Names the key (a digest prefix, not the key) so that blobs sealed under an older key can be told apart.</summary>
    public string KeyId { get; }

    public static string Address(ReadOnlySpan<byte> content) => Convert.ToHexStringLower(SHA256.HashData(content));

    public EvidenceBlob Seal(byte[] content, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(content);
        var sha256 = Address(content);
        var nonce = RandomNumberGenerator.GetBytes(AesGcm.NonceByteSizes.MaxSize);
        var ciphertext = new byte[content.Length];
        var tag = new byte[AesGcm.TagByteSizes.MaxSize];
        using var aes = new AesGcm(key, tag.Length);
        aes.Encrypt(nonce, content, ciphertext, tag, Encoding.ASCII.GetBytes(sha256));
        return new EvidenceBlob { Sha256 = sha256, Size = content.Length, KeyId = KeyId, Nonce = nonce, Ciphertext = ciphertext, Tag = tag, StoredAt = now };
    }

    /// <summary>The plaintext; throws if the blob was altered or sealed under another key.</summary>
    public byte[] Open(EvidenceBlob blob)
    {
        ArgumentNullException.ThrowIfNull(blob);
        var plaintext = new byte[blob.Ciphertext.Length];
        using var aes = new AesGcm(key, blob.Tag.Length);
        aes.Decrypt(blob.Nonce, blob.Ciphertext, blob.Tag, plaintext, Encoding.ASCII.GetBytes(blob.Sha256));
        return plaintext;
    }

    private static byte[] LoadKey(FindingsOptions options)
    {
        if (options.EvidenceKey is { Length: > 0 } configured)
        {
            var given = Convert.FromBase64String(configured);
            return given.Length == 32 ? given : throw new InvalidOperationException("Findings:EvidenceKey must be 32 bytes in base64.");
        }

        var path = Path.GetFullPath(options.EvidenceKeyFile);
        var bytes = PrivateFiles.ReadOrCreate(path, () => RandomNumberGenerator.GetBytes(32));
        return bytes.Length == 32 ? bytes : throw new InvalidOperationException($"The evidence key file {path} must hold exactly 32 bytes.");
    }
}
