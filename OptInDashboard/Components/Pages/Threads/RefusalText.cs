using System.Globalization;
using System.Text.RegularExpressions;
using OptInDashboard.Data;

namespace OptInDashboard.Components.Pages.Threads;

/// <summary>
/// The send gate words a refusal with the UTC time of the consent change, and a refused text keeps those
/// words as its evidence; on screen the same time reads in the dealership's zone.
/// </summary>
public static partial class RefusalText
{
    public static string Local(string reason, DealershipTime time) =>
        UtcStamp().Replace(reason, match => time.Format(DateTime.ParseExact(match.Groups[1].Value, "yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)));

    [GeneratedRegex(@"(\d{4}-\d{2}-\d{2} \d{2}:\d{2}) UTC")]
    private static partial Regex UtcStamp();
}
