using System.Buffers.Binary;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace GovBot.Search.Semantic;

/// <summary>
/// A unit vector kept as one signed byte per dimension and one scale: a quarter of the floats' size, and a dot product
/// of bytes is what a scan over every statement can afford at 100×. Cosine similarity survives to about ±0.01.
/// </summary>
public sealed class Int8Vector
{
    private Int8Vector(sbyte[] values, float scale)
    {
        Values = values;
        Scale = scale;
    }

    public sbyte[] Values { get; }

    /// <summary>What one step of a value is worth: the largest magnitude over 127.</summary>
    public float Scale { get; }

    public int Dimensions => Values.Length;

    public static Int8Vector Quantize(ReadOnlySpan<float> vector)
    {
        var max = 0f;
        foreach (var x in vector)
        {
            max = Math.Max(max, Math.Abs(x));
        }

        var scale = max == 0 ? 1f : max / 127f;
        var values = new sbyte[vector.Length];
        for (var i = 0; i < vector.Length; i++)
        {
            values[i] = (sbyte)Math.Clamp(MathF.Round(vector[i] / scale), -127, 127);
        }

        return new Int8Vector(values, scale);
    }

    /// <summary>The cosine similarity of two unit vectors, from their bytes.</summary>
    public float Similarity(Int8Vector other) => Dot(Values, other.Values) * Scale * other.Scale;

    public float[] ToFloats() => Values.Select(v => v * Scale).ToArray();

    /// <summary>Four bytes of scale (little-endian) and then the values: what the store and the shipped file hold.</summary>
    public byte[] ToBytes()
    {
        var bytes = new byte[4 + Values.Length];
        BinaryPrimitives.WriteSingleLittleEndian(bytes, Scale);
        MemoryMarshal.AsBytes(Values.AsSpan()).CopyTo(bytes.AsSpan(4));
        return bytes;
    }

    public static Int8Vector? FromBytes(ReadOnlySpan<byte> bytes, int dimensions)
    {
        if (bytes.Length != 4 + dimensions)
        {
            return null;
        }

        var scale = BinaryPrimitives.ReadSingleLittleEndian(bytes);
        return float.IsFinite(scale) && scale > 0
            ? new Int8Vector(MemoryMarshal.Cast<byte, sbyte>(bytes[4..]).ToArray(), scale)
            : null;
    }

    /// <summary>The integer dot product, 32 dimensions a step where the processor allows.</summary>
    public static int Dot(sbyte[] a, sbyte[] b)
    {
        var length = Math.Min(a.Length, b.Length);
        var i = 0;
        var sum = 0;
        if (Avx2.IsSupported && length >= Vector256<sbyte>.Count)
        {
            ref var ra = ref MemoryMarshal.GetArrayDataReference(a);
            ref var rb = ref MemoryMarshal.GetArrayDataReference(b);
            var acc = Vector256<int>.Zero;
            for (; i <= length - Vector256<sbyte>.Count; i += Vector256<sbyte>.Count)
            {
                var va = Vector256.LoadUnsafe(ref ra, (nuint)i);
                var vb = Vector256.LoadUnsafe(ref rb, (nuint)i);
                var (aLow, aHigh) = Vector256.Widen(va);
                var (bLow, bHigh) = Vector256.Widen(vb);
                // Products of two bytes fit a 16-bit lane; adjacent pairs are summed into 32-bit lanes.
                acc += Avx2.MultiplyAddAdjacent(aLow, bLow) + Avx2.MultiplyAddAdjacent(aHigh, bHigh);
            }

            sum = Vector256.Sum(acc);
        }

        for (; i < length; i++)
        {
            sum += a[i] * b[i];
        }

        return sum;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static float Cosine(Int8Vector question, sbyte[] values, float scale) => Dot(question.Values, values) * question.Scale * scale;
}
