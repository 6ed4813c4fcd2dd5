namespace OptInDashboard.Consent;

public static class ConsentExtensions
{
    public static WebApplicationBuilder AddConsent(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<ConsentOptions>()
            .BindConfiguration(ConsentOptions.Section)
            .Validate(o => !string.IsNullOrWhiteSpace(o.Footer), "Consent:Footer must not be empty: every advisor text says how to opt out.")
            .ValidateOnStart();
        builder.Services.AddSingleton<ConsentService>();
        builder.Services.AddSingleton<StaffConsentActions>();
        builder.Services.AddSingleton<ResponderAdmin>();
        return builder;
    }
}
