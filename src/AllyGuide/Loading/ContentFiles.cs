using System.Text;
using AllyGuide.Diagnostics;

namespace AllyGuide.Loading;

/// <summary>
/// Reads one content file as text with the protections every file gets, YAML and templates alike: a read bounded by
/// the size limit whatever length the file reports, read errors as diagnostics, no binary data, valid UTF-8 only.
/// </summary>
internal static class ContentFiles
{
    /// <summary>The file's text, or null after reporting why it cannot be used. <paramref name="kind"/> names the file kind in advice ("YAML").</summary>
    public static string? ReadText(IContentSource source, string path, string displayPath, int maxBytes, string kind, ICollection<Diagnostic> diagnostics, string? tooLargeAdvice = null)
    {
        var bytes = ReadBytes(source, path, displayPath, maxBytes, diagnostics, tooLargeAdvice);
        return bytes is null ? null : Decode(bytes, displayPath, kind, diagnostics);
    }

    /// <summary>The file's bytes, or null after reporting a read error or a file over <paramref name="maxBytes"/>.</summary>
    public static byte[]? ReadBytes(IContentSource source, string path, string displayPath, int maxBytes, ICollection<Diagnostic> diagnostics, string? tooLargeAdvice = null)
    {
        try
        {
            using var stream = source.OpenRead(path);
            using var memory = new MemoryStream();
            var buffer = new byte[Math.Min(81_920, maxBytes + 1)];
            int read;
            while ((read = stream.Read(buffer, 0, (int)Math.Min(buffer.Length, maxBytes + 1L - memory.Length))) > 0)
            {
                memory.Write(buffer, 0, read);
                if (memory.Length > maxBytes)
                {
                    var length = LengthOf(source, path);
                    var size = length > maxBytes ? $"The file is {length:N0} bytes" : $"The file is more than {maxBytes:N0} bytes";
                    diagnostics.Add(DiagnosticDescriptors.FileTooLarge.At(displayPath, 0, 0,
                        $"{size}; the limit is {maxBytes:N0} bytes. {tooLargeAdvice ?? "Split it into smaller files."}"));
                    return null;
                }
            }

            return memory.ToArray();
        }
        catch (ContentLinkException ex)
        {
            diagnostics.Add(DiagnosticDescriptors.LinkNotFollowed.At(displayPath, 0, 0, ex.Message));
            return null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            diagnostics.Add(DiagnosticDescriptors.MissingFile.At(displayPath, 0, 0, $"The file could not be read: {ex.Message}"));
            return null;
        }
    }

    private static long LengthOf(IContentSource source, string path)
    {
        try
        {
            return source.GetLength(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return -1;
        }
    }

    /// <summary>UTF-8 text (a byte order mark is dropped), or null after reporting binary data or invalid UTF-8 with its position.</summary>
    public static string? Decode(byte[] bytes, string displayPath, string kind, ICollection<Diagnostic> diagnostics)
    {
        var span = bytes.AsSpan();
        if (span.StartsWith("\uFEFF"u8))
        {
            span = span[3..];
        }

        var nul = span.IndexOf((byte)0);
        if (nul >= 0)
        {
            var (line, column) = Locate(span[..nul]);
            diagnostics.Add(DiagnosticDescriptors.BinaryFile.At(displayPath, line, column,
                $"The file contains binary data (a NUL byte), not text. Replace it with a UTF-8 {kind} file."));
            return null;
        }

        if (System.Text.Unicode.Utf8.IsValid(span))
        {
            return Encoding.UTF8.GetString(span);
        }

        var valid = 0;
        while (valid < span.Length && Rune.DecodeFromUtf8(span[valid..], out _, out var consumed) == System.Buffers.OperationStatus.Done)
        {
            valid += consumed;
        }

        var (badLine, badColumn) = Locate(span[..valid]);
        diagnostics.Add(DiagnosticDescriptors.InvalidUtf8.At(displayPath, badLine, badColumn,
            $"Byte 0x{span[valid]:X2} is not valid UTF-8. Save the file as UTF-8 in your editor."));
        return null;
    }

    private static (int Line, int Column) Locate(ReadOnlySpan<byte> before)
    {
        var line = 1;
        var lastNewLine = -1;
        for (var i = 0; i < before.Length; i++)
        {
            if (before[i] == (byte)'\n')
            {
                line++;
                lastNewLine = i;
            }
        }

        var column = Encoding.UTF8.GetCharCount(before[(lastNewLine + 1)..]) + 1;
        return (line, column);
    }
}
