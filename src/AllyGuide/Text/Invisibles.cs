using System.Globalization;
using System.Text;

namespace AllyGuide.Text;

/// <summary>
/// Characters that have no place in prose because they are invisible and change what people see: control characters
/// (a terminal obeys ESC sequences), bidirectional overrides and isolates (they reorder text, so a phone number or a
/// warning can read differently from what is written), line separators, tags and byte order marks. Direction marks
/// (LRM, RLM, ALM) belong in right-to-left text and are allowed there; joiners and soft hyphens are allowed everywhere.
/// </summary>
internal static class Invisibles
{
    /// <summary>The first character of <paramref name="text"/> that has no place in it, with its index; null when there is none.</summary>
    public static (int Index, Rune Rune)? FindUnwanted(string text, bool rightToLeft)
    {
        var index = 0;
        foreach (var rune in text.EnumerateRunes())
        {
            if (IsUnwanted(rune, rightToLeft))
            {
                return (index, rune);
            }

            index += rune.Utf16SequenceLength;
        }

        return null;
    }

    public static bool IsUnwanted(Rune rune, bool rightToLeft) => rune.Value switch
    {
        '\n' or '\t' or '\r' => false,
        0x200E or 0x200F or 0x061C => !rightToLeft,
        >= 0x202A and <= 0x202E or >= 0x2066 and <= 0x2069 => true,
        0x2028 or 0x2029 or 0xFEFF => true,
        >= 0xFFF9 and <= 0xFFFB => true,
        >= 0xE0000 and <= 0xE007F => true,
        _ => Rune.GetUnicodeCategory(rune) == UnicodeCategory.Control || (rune.Value & 0xFFFE) == 0xFFFE || rune.Value is >= 0xFDD0 and <= 0xFDEF,
    };

    /// <summary>The character's code point and, for the ones people meet, its name: <c>U+202E (right-to-left override)</c>.</summary>
    public static string Describe(Rune rune)
    {
        var name = rune.Value switch
        {
            0x1B => "escape",
            0x7F => "delete",
            0x200E => "left-to-right mark",
            0x200F => "right-to-left mark",
            0x061C => "Arabic letter mark",
            0x202A => "left-to-right embedding",
            0x202B => "right-to-left embedding",
            0x202C => "pop directional formatting",
            0x202D => "left-to-right override",
            0x202E => "right-to-left override",
            0x2066 => "left-to-right isolate",
            0x2067 => "right-to-left isolate",
            0x2068 => "first strong isolate",
            0x2069 => "pop directional isolate",
            0x2028 => "line separator",
            0x2029 => "paragraph separator",
            0xFEFF => "byte order mark",
            _ when rune.Value < 0x20 || rune.Value is >= 0x80 and < 0xA0 => "control character",
            _ => null,
        };
        var code = string.Create(CultureInfo.InvariantCulture, $"U+{rune.Value:X4}");
        return name is null ? code : $"{code} ({name})";
    }

    /// <summary>
    /// Text safe to write where a terminal may read it: control characters other than new lines and tabs become the
    /// replacement character, so no escape sequence ever reaches a terminal.
    /// </summary>
    public static string WithoutControls(string text)
    {
        if (!text.Any(c => char.IsControl(c) && c is not ('\n' or '\t' or '\r')))
        {
            return text;
        }

        var result = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            result.Append(char.IsControl(c) && c is not ('\n' or '\t' or '\r') ? '\uFFFD' : c);
        }

        return result.ToString();
    }
}
