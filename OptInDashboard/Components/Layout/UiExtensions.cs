using MudBlazor;
using MudBlazor.Services;

namespace OptInDashboard.Components.Layout;

public static class UiExtensions
{
    /// <summary>Interactive server components and MudBlazor's services.</summary>
    public static WebApplicationBuilder AddUi(this WebApplicationBuilder builder)
    {
        builder.Services.AddRazorComponents().AddInteractiveServerComponents();
        builder.Services.AddMudServices(config =>
        {
            // Bottom left keeps confirmations clear of the composer and its send button (bottom right).
            var snackbars = config.SnackbarConfiguration;
            snackbars.PositionClass = Defaults.Classes.Position.BottomLeft;
            snackbars.PreventDuplicates = true;
            snackbars.NewestOnTop = true;
            snackbars.MaxDisplayedSnackbars = 3;
            snackbars.ShowCloseIcon = true;
            // Long enough to read a consent confirmation; errors can ask for a click with RequireInteraction.
            snackbars.VisibleStateDuration = 6000;
        });
        return builder;
    }
}
