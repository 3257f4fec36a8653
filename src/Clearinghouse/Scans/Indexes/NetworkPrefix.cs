using System.Buffers.Binary;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace Clearinghouse.Scans.Indexes;

/// <summary>
/// An IPv4 or IPv6 CIDR prefix with its host bits cleared. IPv4 addresses live in the low 32 bits; an IPv4-mapped IPv6
/// address is read as the IPv4 address it maps, so that the same host is never two keys. IPv4 sorts before IPv6.
/// </summary>
public readonly record struct NetworkPrefix : IPrefixKey<NetworkPrefix>
{
    private NetworkPrefix(bool v6, UInt128 address, int length)
    {
        IsV6 = v6;
        Address = address;
        Length = (byte)length;
    }

    public bool IsV6 { get; }

    public UInt128 Address { get; }

    public byte Length { get; }

    public int Bits => IsV6 ? 128 : 32;

    public int Depth => Length;

    public NetworkPrefix LastDescendant => new(IsV6, Address | HostMask(Bits, Length), Bits);

    public static bool TryParse(string? text, [NotNullWhen(true)] out NetworkPrefix? prefix, out string? error)
    {
        prefix = null;
        error = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            error = "An address or CIDR range is required.";
            return false;
        }

        var slash = text.IndexOf('/', StringComparison.Ordinal);
        if (!IPAddress.TryParse(slash < 0 ? text : text[..slash], out var ip) || ip.AddressFamily is not (AddressFamily.InterNetwork or AddressFamily.InterNetworkV6))
        {
            error = $"'{text}' is not an IPv4 or IPv6 address or CIDR range.";
            return false;
        }

        var length = -1;
        if (slash >= 0 && (!int.TryParse(text.AsSpan(slash + 1), NumberStyles.None, CultureInfo.InvariantCulture, out length) || length < 0))
        {
            error = $"'{text}' has no valid prefix length after '/'.";
            return false;
        }

        if (ip.IsIPv4MappedToIPv6)
        {
            ip = ip.MapToIPv4();
            length = length < 0 ? -1 : length - 96;
        }

        var v6 = ip.AddressFamily == AddressFamily.InterNetworkV6;
        var bits = v6 ? 128 : 32;
        length = length < 0 && slash < 0 ? bits : length;
        if (length < 0 || length > bits)
        {
            error = $"'{text}': the prefix length must be 0 to {bits}.";
            return false;
        }

        var address = ToNumber(ip);
        if ((address & HostMask(bits, length)) != 0)
        {
            error = $"'{text}' has bits set beyond its prefix; the range is {Format(v6, address & ~HostMask(bits, length), length)}.";
            return false;
        }

        prefix = new NetworkPrefix(v6, address, length);
        return true;
    }

    public static NetworkPrefix Parse(string text) =>
        TryParse(text, out var prefix, out var error) ? prefix.Value : throw new FormatException(error);

    public NetworkPrefix AncestorAt(int depth) => new(IsV6, Address & ~HostMask(Bits, depth), depth);

    public bool Covers(NetworkPrefix other) =>
        IsV6 == other.IsV6 && other.Length >= Length && (other.Address & ~HostMask(Bits, Length)) == Address;

    public bool Overlaps(NetworkPrefix other) => Covers(other) || other.Covers(this);

    public int CompareTo(NetworkPrefix other)
    {
        var family = IsV6.CompareTo(other.IsV6);
        if (family != 0)
        {
            return family;
        }

        var address = Address.CompareTo(other.Address);
        return address != 0 ? address : Length.CompareTo(other.Length);
    }

    public override string ToString() => Format(IsV6, Address, Length);

    private static string Format(bool v6, UInt128 address, int length)
    {
        var text = v6 ? FromNumber(address).ToString() : new IPAddress(BinaryPrimitives.ReverseEndianness((uint)address)).ToString();
        return text + "/" + length.ToString(CultureInfo.InvariantCulture);
    }

    private static UInt128 HostMask(int bits, int length) =>
        length >= bits ? UInt128.Zero : (bits == 32 ? (UInt128)(uint.MaxValue >> length) : UInt128.MaxValue >> length);

    private static UInt128 ToNumber(IPAddress ip)
    {
        Span<byte> bytes = stackalloc byte[16];
        ip.TryWriteBytes(bytes, out var written);
        return written == 4 ? BinaryPrimitives.ReadUInt32BigEndian(bytes) : BinaryPrimitives.ReadUInt128BigEndian(bytes);
    }

    private static IPAddress FromNumber(UInt128 value)
    {
        Span<byte> bytes = stackalloc byte[16];
        BinaryPrimitives.WriteUInt128BigEndian(bytes, value);
        return new IPAddress(bytes);
    }

    public static bool operator <(NetworkPrefix left, NetworkPrefix right) => left.CompareTo(right) < 0;

    public static bool operator <=(NetworkPrefix left, NetworkPrefix right) => left.CompareTo(right) <= 0;

    public static bool operator >(NetworkPrefix left, NetworkPrefix right) => left.CompareTo(right) > 0;

    public static bool operator >=(NetworkPrefix left, NetworkPrefix right) => left.CompareTo(right) >= 0;
}
