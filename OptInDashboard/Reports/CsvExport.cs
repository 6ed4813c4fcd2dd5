using System.Globalization;
using CsvHelper;

namespace OptInDashboard.Reports;

/// <summary>How the CSV exports are written: RFC 4180 (CRLF line ends, quotes where needed), by CsvHelper.</summary>
public static class CsvExport
{
    // Text that starts with = + - @, a tab or a CR may run as a formula when a spreadsheet opens the file (CSV
    // injection): CsvHelper quotes it and puts ' in front, as OWASP advises. Numbers, dates and times are left as they are.
    private static readonly CsvWriterOptions Options = CsvWriterOptions.Default with { Injection = CsvInjection.Escape };

    /// <summary>A writer over <paramref name="writer"/>, which stays open; write records with the async methods.</summary>
    public static CsvWriter Create(TextWriter writer) => CsvWriter.Create(writer, Options, leaveOpen: true);

    /// <summary>
    /// An E.164 number is '+' and digits, which a spreadsheet reads as a number, never as a formula: written as a number
    /// so the guard leaves it readable (+15552010199, not '+15552010199). Anything else is guarded text.
    /// </summary>
    public static void WritePhoneNumber(this CsvWriter csv, string number)
    {
        if (number.StartsWith('+') && ulong.TryParse(number.AsSpan(1), NumberStyles.None, CultureInfo.InvariantCulture, out var digits))
            csv.WriteField(digits, "+0");
        else
            csv.WriteField(number);
    }
}
