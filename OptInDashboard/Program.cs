using OptInDashboard.Accounts;
using OptInDashboard.Components;
using OptInDashboard.Components.Layout;
using OptInDashboard.Components.Pages.Threads;
using OptInDashboard.Consent;
using OptInDashboard.Data;
using OptInDashboard.Demo;
using OptInDashboard.Intent;
using OptInDashboard.Intent.Learning;
using OptInDashboard.Messaging;
using OptInDashboard.Messaging.Vonage;
using OptInDashboard.Operations;
using OptInDashboard.Reports;
using OptInDashboard.Security;

if (IntentCli.TryRun(args, out var exitCode)) return exitCode;

// The content root is where the build put appsettings.json (linked from the repository root), so
// `dotnet run` from anywhere and a published build read the same file.
var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });
// Serve the SDK's _framework/blazor.web.js and package assets (_content/MudBlazor) straight from the build
// output in every environment, not only in Development: without it a build run in Production answers 500
// for the Blazor script. A published app has them in wwwroot and this does nothing.
builder.WebHost.UseStaticWebAssets();

builder.AddWebSecurity();
builder.AddTelemetry();
builder.AddData();
builder.AddHealth();
builder.AddAccounts();
builder.AddDemo();
builder.AddConsent();
builder.AddIntentModel();
builder.AddIntentModelActivation();
builder.AddMessaging();
builder.AddVonage();

builder.AddUi();
builder.AddThreadsPage();

var app = builder.Build();

app.UseWebSecurity();
if (!app.Environment.IsDevelopment())
{
    app.UseExceptionHandler("/error", createScopeForErrors: true);
}
app.UseAuthentication();
app.UseCurrentStaff();
app.UseAuthorization();
app.UseRateLimiter();
app.UseAntiforgery();

app.MapStaticAssets().AllowAnonymous();
app.MapHealthEndpoints();
app.MapAccountEndpoints();
app.MapVonageWebhooks();
app.MapMediaEndpoints();
app.MapReportEndpoints();
app.MapDecidedExamples();
// The app's own Content-Security-Policy (SecurityHeaders) already forbids framing; Blazor's would replace it.
app.MapRazorComponents<App>().AddInteractiveServerRenderMode(server => server.ContentSecurityFrameAncestorsPolicy = null);

app.Run();
return 0;

public partial class Program;
