using OptInDashboard.Accounts;
using OptInDashboard.Components;
using OptInDashboard.Consent;
using OptInDashboard.Data;
using OptInDashboard.Messaging;
using OptInDashboard.Reports;
using Radzen;

// The content root is where the build put appsettings.json (linked from the repository root), so
// `dotnet run` from anywhere and a published build read the same file.
var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });

builder.AddData();
builder.AddAccounts();
builder.AddConsent();
builder.AddMessaging();

builder.Services.AddRazorComponents().AddInteractiveServerComponents();
builder.Services.AddRadzenComponents();

var app = builder.Build();

if (!app.Environment.IsDevelopment())
{
    app.UseExceptionHandler("/error", createScopeForErrors: true);
}
app.UseAuthentication();
app.UseAuthorization();
app.UseAntiforgery();

app.MapStaticAssets().AllowAnonymous();
app.MapAccountEndpoints();
app.MapReportEndpoints();
app.MapRazorComponents<App>().AddInteractiveServerRenderMode();

app.Run();

public partial class Program;
