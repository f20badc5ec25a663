using System.Net;

namespace GovBot.Tests.Shared;

/// <summary>
/// A request body written from a small reused buffer, so a test can send megabytes without holding them. With
/// <c>declaredLength</c> it goes out with Content-Length; without, chunked. Optionally stops after
/// <c>pauseAfter</c> bytes until <see cref="Resume"/>, to show the server answered before the body was complete.
/// Sent chunked, each write of <c>writeSize</c> bytes becomes one chunk.
/// </summary>
internal sealed class GeneratedBody(long length, long? declaredLength = null, long? pauseAfter = null, int writeSize = 64 * 1024) : HttpContent
{
    private readonly TaskCompletionSource resume = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public long Written { get; private set; }

    public void Resume() => resume.TrySetResult();

    protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context, CancellationToken cancellationToken)
    {
        var chunk = new byte[writeSize];
        Array.Fill(chunk, (byte)' ');
        while (Written < length)
        {
            if (pauseAfter is { } pause && Written >= pause)
            {
                // Small writes wait in the client's buffer; the server must have every byte written so far.
                await stream.FlushAsync(cancellationToken);
                await resume.Task.WaitAsync(cancellationToken);
                pauseAfter = null;
            }

            var size = (int)Math.Min(chunk.Length, Math.Min(length - Written, (pauseAfter ?? long.MaxValue) - Written));
            await stream.WriteAsync(chunk.AsMemory(0, size), cancellationToken);
            Written += size;
        }
    }

    protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context) => SerializeToStreamAsync(stream, context, CancellationToken.None);

    protected override bool TryComputeLength(out long length)
    {
        length = declaredLength ?? 0;
        return declaredLength is not null;
    }
}
