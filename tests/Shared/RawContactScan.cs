using System.Text;
using System.Text.Json;

namespace Workbench.Tests;

/// <summary>
/// Looks for raw contacts of an input in written outputs: phone numbers as digit runs (whatever separators a
/// disguise or a formatter put between the digits) and e-mail addresses as text.
/// </summary>
internal sealed class RawContactScan
{
    private RawContactScan(HashSet<string> phones, HashSet<string> emails)
    {
        Phones = phones;
        Emails = emails;
    }

    /// <summary>National numbers (10 digits, no country code).</summary>
    public HashSet<string> Phones { get; }

    /// <summary>E-mail addresses.</summary>
    public HashSet<string> Emails { get; }

    /// <summary>The raw contacts of a synthetic corpus's truth file (truth.jsonl: phones in E.164, e-mails).</summary>
    public static RawContactScan FromTruthFiles(IEnumerable<string> truthPaths)
    {
        var phones = new HashSet<string>(StringComparer.Ordinal);
        var emails = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var path in truthPaths)
        {
            foreach (var line in File.ReadLines(path))
            {
                using var doc = JsonDocument.Parse(line);
                if (doc.RootElement.TryGetProperty("phones", out var p))
                {
                    foreach (var v in p.EnumerateArray()) phones.Add(National(v.GetString()!));
                }
                if (doc.RootElement.TryGetProperty("emails", out var e))
                {
                    foreach (var v in e.EnumerateArray()) emails.Add(v.GetString()!);
                }
            }
        }
        return new RawContactScan(phones, emails);
    }

    /// <summary>The raw contacts given directly (phones in any format, reduced to their 10-digit national number).</summary>
    public static RawContactScan Of(IEnumerable<string> phones, IEnumerable<string> emails) =>
        new(phones.Select(National).ToHashSet(StringComparer.Ordinal), emails.ToHashSet(StringComparer.OrdinalIgnoreCase));

    /// <summary>The raw contacts found in <paramref name="text"/> (empty when it is clean).</summary>
    public IReadOnlyList<string> FindIn(string text)
    {
        var windows = new HashSet<string>(StringComparer.Ordinal);
        foreach (var run in DigitRuns(text).Split('|'))
        {
            for (var i = 0; i + 10 <= run.Length; i++) windows.Add(run.Substring(i, 10));
        }
        var found = Phones.Where(windows.Contains).ToList();
        found.AddRange(Emails.Where(e => text.Contains(e, StringComparison.OrdinalIgnoreCase)));
        return found;
    }

    /// <summary>
    /// <paramref name="text"/> without the copies of plotly.js it embeds: the library is not our output, and its
    /// minified number tables would read as digit runs.
    /// </summary>
    public static string WithoutPlotly(string text) =>
        text.Replace(Workbench.Reports.HtmlReport.PlotlyScript.Value, "", StringComparison.Ordinal);

    private static string National(string phone)
    {
        var digits = new string(phone.Where(char.IsAsciiDigit).ToArray());
        return digits.Length == 11 && digits[0] == '1' ? digits[1..] : digits;
    }

    private static string DigitRuns(string text)
    {
        // Digits joined across separators but not across letters: a phone disguised with spaces or dots still shows.
        var sb = new StringBuilder(text.Length / 4);
        foreach (var c in text)
        {
            if (char.IsAsciiDigit(c)) sb.Append(c);
            else if (char.IsLetter(c)) sb.Append('|');
        }
        return sb.ToString();
    }
}
