using MudBlazor;

namespace OptInDashboard.Components.Layout;

/// <summary>
/// The one theme. Consent state colours (red opted out, green opted in, amber under review) and the app
/// bar are dark enough for WCAG AA (4.5:1) both as text on the white surface and under white text, so a
/// filled chip, an outlined one or a coloured icon all stay readable. <c>AppThemeContrastTests</c> holds them to it.
/// </summary>
public static class AppTheme
{
    public static MudTheme Theme { get; } = new()
    {
        PaletteLight = new PaletteLight
        {
            Primary = "#3F51B5",
            PrimaryContrastText = "#FFFFFF",
            AppbarBackground = "#3F51B5",
            AppbarText = "#FFFFFF",
            Background = "#FFFFFF",
            Surface = "#FFFFFF",
            Error = "#B71C1C",
            ErrorContrastText = "#FFFFFF",
            Success = "#276D2B",
            SuccessContrastText = "#FFFFFF",
            // Amber darkened until white text on it (and it on white) passes; bright amber fails both ways.
            Warning = "#8D5A00",
            WarningContrastText = "#FFFFFF",
        },
    };
}
