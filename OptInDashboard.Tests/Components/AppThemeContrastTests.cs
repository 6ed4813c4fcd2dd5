using MudBlazor;
using MudBlazor.Utilities;
using OptInDashboard.Components.Layout;

namespace OptInDashboard.Tests.Components;

/// <summary>WCAG 2 AA: normal text needs a contrast ratio of at least 4.5:1 with what it is drawn on.</summary>
public sealed class AppThemeContrastTests
{
    private const double AA = 4.5;
    private static readonly Palette Palette = AppTheme.Theme.PaletteLight;

    public static TheoryData<string> ConsentColours => ["Error", "Success", "Warning"];

    private static MudColor Colour(string name) => (MudColor)typeof(Palette).GetProperty(name)!.GetValue(Palette)!;

    [Theory]
    [MemberData(nameof(ConsentColours))]
    public void AConsentColourReadsAsTextOnTheSurface(string name) =>
        Assert.True(Contrast(Colour(name), Palette.Surface) >= AA, $"{name} on the surface: {Contrast(Colour(name), Palette.Surface):0.00}:1");

    [Theory]
    [MemberData(nameof(ConsentColours))]
    public void TextOnAConsentColourReads(string name) =>
        Assert.True(Contrast(Colour(name + "ContrastText"), Colour(name)) >= AA, $"text on {name}: {Contrast(Colour(name + "ContrastText"), Colour(name)):0.00}:1");

    [Fact]
    public void TheAppBarTextReads() =>
        Assert.True(Contrast(Palette.AppbarText, Palette.AppbarBackground) >= AA, $"{Contrast(Palette.AppbarText, Palette.AppbarBackground):0.00}:1");

    [Fact]
    public void TheContrastFormulaMatchesWcagsOwnExamples()
    {
        Assert.Equal(21.0, Contrast(new MudColor("#000000"), new MudColor("#FFFFFF")), 2);
        Assert.Equal(4.54, Contrast(new MudColor("#767676"), new MudColor("#FFFFFF")), 2);
    }

    private static double Contrast(MudColor a, MudColor b)
    {
        var (la, lb) = (Luminance(a), Luminance(b));
        return (Math.Max(la, lb) + 0.05) / (Math.Min(la, lb) + 0.05);
    }

    private static double Luminance(MudColor c)
    {
        static double Linear(byte channel)
        {
            var s = channel / 255.0;
            return s <= 0.03928 ? s / 12.92 : Math.Pow((s + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * Linear(c.R) + 0.7152 * Linear(c.G) + 0.0722 * Linear(c.B);
    }
}
