using System.Buffers;
using System.Text;

namespace GovBot.Discord.Http;

/// <summary>
/// A request body read into one pooled buffer right behind its signature timestamp: Ed25519 signs timestamp‖body and
/// NSec verifies one span, so this layout needs no second copy. Nothing past the size limit is ever buffered.
/// </summary>
internal sealed class SignedRequestBody : IDisposable
{
    /// <summary>Far above any interaction Discord sends (a few KB); small enough that a flood of requests cannot exhaust memory.</summary>
    public const int MaxBytes = 1024 * 1024;

    /// <summary>Own pool so that what a burst of requests rents stays bounded (16 arrays per size) instead of growing the shared pool.</summary>
    private static readonly ArrayPool<byte> Pool = ArrayPool<byte>.Create(maxArrayLength: 2 * MaxBytes, maxArraysPerBucket: 16);

    private readonly int prefixLength;
    private readonly int bodyLength;
    private byte[]? buffer;

    private SignedRequestBody(byte[] buffer, int prefixLength, int bodyLength)
    {
        this.buffer = buffer;
        this.prefixLength = prefixLength;
        this.bodyLength = bodyLength;
    }

    /// <summary>The bytes the signature covers: the timestamp, then the body.</summary>
    public ReadOnlySpan<byte> SignedMessage => Buffer.AsSpan(0, prefixLength + bodyLength);

    public ReadOnlyMemory<byte> Json => Buffer.AsMemory(prefixLength, bodyLength);

    private byte[] Buffer => buffer ?? throw new ObjectDisposedException(nameof(SignedRequestBody));

    /// <summary>
    /// Reads the body behind <paramref name="timestamp"/> (ASCII digits, already checked), or returns null as soon as
    /// one byte more than <see cref="MaxBytes"/> (or than a smaller declared length) has arrived.
    /// </summary>
    public static async Task<SignedRequestBody?> ReadAsync(Stream body, long? declaredLength, string timestamp, CancellationToken ct)
    {
        var limit = (int)Math.Min(declaredLength ?? MaxBytes, MaxBytes);
        var prefix = timestamp.Length;
        var array = Pool.Rent(prefix + limit + 1);
        try
        {
            Encoding.ASCII.GetBytes(timestamp, array);
            var total = 0;
            while (true)
            {
                // Room for one byte past the limit, so an over-long body is noticed without reading any further.
                var read = await body.ReadAsync(array.AsMemory(prefix + total, limit + 1 - total), ct);
                if (read == 0)
                {
                    return new SignedRequestBody(array, prefix, total);
                }

                total += read;
                if (total > limit)
                {
                    Pool.Return(array);
                    return null;
                }
            }
        }
        catch
        {
            Pool.Return(array);
            throw;
        }
    }

    public void Dispose()
    {
        if (buffer is { } array)
        {
            buffer = null;
            Pool.Return(array);
        }
    }
}
