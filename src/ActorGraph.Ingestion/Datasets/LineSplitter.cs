namespace ActorGraph.Ingestion.Datasets;

/// <summary>Handles one line of a file read a line at a time; returns false to stop reading.</summary>
/// <param name="line">The 1-based line number.</param>
/// <param name="bytes">The line without its line break; valid only during the call.</param>
internal delegate bool LineHandler(int line, ReadOnlySpan<byte> bytes);

/// <summary>
/// Splits a stream into lines with a bounded buffer, so that the memory a streaming reader needs follows its longest
/// line, never the file. A line longer than the bound is not buffered: it is reported (and skipped) as too long.
/// </summary>
internal static class LineSplitter
{
    /// <summary>Calls <paramref name="onLine"/> for each line, as the overload below, with nothing to do between buffers.</summary>
    public static Task ReadAsync(Stream stream, int maxLineBytes, LineHandler onLine, Func<int, bool> onTooLong, CancellationToken cancellationToken) =>
        ReadAsync(stream, maxLineBytes, onLine, onTooLong, null, cancellationToken);

    /// <summary>
    /// Calls <paramref name="onLine"/> for each line of <paramref name="stream"/> (a final <c>\r</c> removed, a leading
    /// UTF-8 byte order mark dropped) and <paramref name="onTooLong"/> for each line of more than
    /// <paramref name="maxLineBytes"/> bytes; stops when either returns false. <paramref name="afterLines"/>, when
    /// given, is awaited after the lines of each buffer read (a reader hands on what those lines made).
    /// </summary>
    public static async Task ReadAsync(Stream stream, int maxLineBytes, LineHandler onLine, Func<int, bool> onTooLong, Func<ValueTask>? afterLines, CancellationToken cancellationToken)
    {
        var buffer = new byte[Math.Min(maxLineBytes + 1, 1 << 16)];
        int start = 0, end = 0, line = 1;
        var skipping = false;
        var first = true;
        while (true)
        {
            if (end == buffer.Length)
            {
                // The buffer holds one unfinished line: grow it up to one byte more than a line may have, then give up on the line.
                if (skipping)
                {
                    end = 0;
                }
                else if (buffer.Length > maxLineBytes)
                {
                    if (!onTooLong(line))
                    {
                        return;
                    }

                    skipping = true;
                    end = 0;
                }
                else
                {
                    Array.Resize(ref buffer, (int)Math.Min(buffer.Length * 2L, maxLineBytes + 1L));
                }
            }

            var read = await stream.ReadAsync(buffer.AsMemory(end), cancellationToken).ConfigureAwait(false);
            end += read;
            if (first && read > 0)
            {
                first = false;
                if (buffer.AsSpan(0, end).StartsWith("\uFEFF"u8))
                {
                    start = 3;
                }
            }

            if (!Lines(buffer, ref start, end, ref line, ref skipping, onLine))
            {
                return;
            }

            if (afterLines is not null)
            {
                await afterLines().ConfigureAwait(false);
            }

            if (read == 0)
            {
                if (end > start && !skipping)
                {
                    onLine(line, Trim(buffer.AsSpan(start, end - start)));
                }

                return;
            }

            // Keep the unfinished line at the front.
            buffer.AsSpan(start, end - start).CopyTo(buffer);
            end -= start;
            start = 0;
            if (skipping)
            {
                end = 0;
            }
        }
    }

    /// <summary>Hands every complete line in the buffer on; false when the handler asked to stop.</summary>
    private static bool Lines(byte[] buffer, ref int start, int end, ref int line, ref bool skipping, LineHandler onLine)
    {
        while (start < end)
        {
            var at = buffer.AsSpan(start, end - start).IndexOf((byte)'\n');
            if (at < 0)
            {
                return true;
            }

            if (!skipping && !onLine(line, Trim(buffer.AsSpan(start, at))))
            {
                return false;
            }

            skipping = false;
            start += at + 1;
            line++;
        }

        return true;
    }

    private static ReadOnlySpan<byte> Trim(ReadOnlySpan<byte> bytes) => bytes.EndsWith("\r"u8) ? bytes[..^1] : bytes;
}
