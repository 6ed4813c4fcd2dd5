using System.Globalization;
using System.Text.RegularExpressions;

namespace OptInDashboard.Tests.Browser;

/// <summary>A computed CSS colour such as "rgb(211, 47, 47)", judged by eye rather than by exact value.</summary>
internal sealed partial record Colour(int Red, int Green, int Blue)
{
    public bool IsReddish => Red >= 150 && Green <= 110 && Blue <= 110;
    public bool IsGreenish => Green >= 100 && Red <= Green - 40 && Blue <= Green - 40;

    public static Colour Parse(string css)
    {
        var match = Rgb().Match(css);
        if (!match.Success) throw new FormatException($"Not an rgb() colour: {css}");
        int Channel(int i) => int.Parse(match.Groups[i].Value, CultureInfo.InvariantCulture);
        return new(Channel(1), Channel(2), Channel(3));
    }

    [GeneratedRegex(@"^rgba?\((\d+),\s*(\d+),\s*(\d+)")]
    private static partial Regex Rgb();
}
