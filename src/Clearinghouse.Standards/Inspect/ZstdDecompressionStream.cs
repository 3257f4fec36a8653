using System.Runtime.InteropServices;

namespace Clearinghouse.Standards.Inspect;

/// <summary>
/// Zstandard decompression through the system's libzstd (ZSTD_decompressStream), for ZIP members of method 93. No
/// managed Zstandard decoder ships with .NET or in the package feed this project uses, and the C library is on every
/// Debian system (package libzstd1). Consecutive frames (Inspect writes one per 200 MiB of input) are read through.
/// </summary>
internal sealed class ZstdDecompressionStream : ReadOnlyStream
{
    private const string Library = "libzstd.so.1";

    private readonly Stream source;
    private readonly byte[] input;
    private readonly byte[] output;
    private readonly GCHandle inputPin;
    private readonly GCHandle outputPin;
    private nint context;
    private InBuffer inBuffer;
    private int outputStart;
    private int outputEnd;
    private bool sourceDone;
    private bool outputWasFull;
    private nuint lastResult = 1;

    private ZstdDecompressionStream(Stream source, nint context)
    {
        this.source = source;
        this.context = context;
        input = new byte[(int)ZSTD_DStreamInSize()];
        output = new byte[(int)ZSTD_DStreamOutSize()];
        inputPin = GCHandle.Alloc(input, GCHandleType.Pinned);
        outputPin = GCHandle.Alloc(output, GCHandleType.Pinned);
        inBuffer = new InBuffer { Source = inputPin.AddrOfPinnedObject(), Size = 0, Position = 0 };
    }

    /// <summary>A decompressing stream, or null with a reason when libzstd cannot be loaded.</summary>
    public static ZstdDecompressionStream? TryCreate(Stream source, out string? problem)
    {
        problem = null;
        try
        {
            var context = ZSTD_createDStream();
            if (context == 0)
            {
                problem = "libzstd could not allocate a decompression context";
                return null;
            }

            _ = ZSTD_initDStream(context);
            return new ZstdDecompressionStream(source, context);
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException or BadImageFormatException)
        {
            problem = "this member is compressed with Zstandard (ZIP method 93), which needs the system library " + Library
                + " (Debian/Ubuntu: apt-get install libzstd1); it could not be loaded: " + e.Message;
            return null;
        }
    }

    public override int Read(Span<byte> buffer)
    {
        while (outputStart == outputEnd)
        {
            if (!Decompress())
            {
                return 0;
            }
        }

        var n = Math.Min(buffer.Length, outputEnd - outputStart);
        output.AsSpan(outputStart, n).CopyTo(buffer);
        outputStart += n;
        return n;
    }

    private bool Decompress()
    {
        // A full output buffer may leave decoded bytes inside libzstd: call again, even with no new input, until it is not full.
        if (inBuffer.Position == inBuffer.Size && !sourceDone && !outputWasFull)
        {
            var read = source.Read(input);
            sourceDone = read == 0;
            inBuffer.Size = (nuint)read;
            inBuffer.Position = 0;
        }

        if (sourceDone && inBuffer.Position == inBuffer.Size && !outputWasFull)
        {
            if (lastResult != 0)
            {
                throw new InvalidDataException("the Zstandard data ends in the middle of a frame");
            }

            return false;
        }

        var outBuffer = new OutBuffer { Destination = outputPin.AddrOfPinnedObject(), Size = (nuint)output.Length, Position = 0 };
        var result = ZSTD_decompressStream(context, ref outBuffer, ref inBuffer);
        if (ZSTD_isError(result) != 0)
        {
            throw new InvalidDataException("Zstandard: " + Marshal.PtrToStringAnsi(ZSTD_getErrorName(result)));
        }

        lastResult = result;
        outputWasFull = outBuffer.Position == outBuffer.Size;
        outputStart = 0;
        outputEnd = (int)outBuffer.Position;
        return true;
    }

    protected override void Dispose(bool disposing)
    {
        if (context != 0)
        {
            _ = ZSTD_freeDStream(context);
            context = 0;
            inputPin.Free();
            outputPin.Free();
        }

        if (disposing)
        {
            source.Dispose();
        }

        base.Dispose(disposing);
    }

    [StructLayout(LayoutKind.Sequential)]
    private struct InBuffer
    {
        public nint Source;
        public nuint Size;
        public nuint Position;
    }

    [StructLayout(LayoutKind.Sequential)]
    private struct OutBuffer
    {
        public nint Destination;
        public nuint Size;
        public nuint Position;
    }

    [DllImport(Library)]
    private static extern nint ZSTD_createDStream();

    [DllImport(Library)]
    private static extern nuint ZSTD_initDStream(nint context);

    [DllImport(Library)]
    private static extern nuint ZSTD_freeDStream(nint context);

    [DllImport(Library)]
    private static extern nuint ZSTD_DStreamInSize();

    [DllImport(Library)]
    private static extern nuint ZSTD_DStreamOutSize();

    [DllImport(Library)]
    private static extern nuint ZSTD_decompressStream(nint context, ref OutBuffer output, ref InBuffer input);

    [DllImport(Library)]
    private static extern uint ZSTD_isError(nuint code);

    [DllImport(Library)]
    private static extern nint ZSTD_getErrorName(nuint code);
}
