using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using OptInDashboard.Intent;

namespace OptInDashboard.Tests.Intent;

public class IntentOptionsTests
{
    private static ValidateOptionsResult Validate(IntentOptions options) => new IntentOptionsValidator().Validate(null, options);

    [Fact]
    public void TheDefaultsAreValid() => Assert.True(Validate(new IntentOptions()).Succeeded);

    [Fact]
    public void AReviewThresholdAboveTheOptOutThresholdIsRefused()
    {
        var result = Validate(new IntentOptions { OptOutThreshold = 0.6, ReviewThreshold = 0.8 });

        Assert.True(result.Failed);
        Assert.Contains("Intent:ReviewThreshold (0.8) must not be above Intent:OptOutThreshold (0.6)", result.FailureMessage);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-0.1)]
    [InlineData(1.5)]
    [InlineData(double.NaN)]
    public void AThresholdThatIsNotAProbabilityIsRefused(double threshold)
    {
        Assert.True(Validate(new IntentOptions { OptOutThreshold = threshold }).Failed);
        Assert.True(Validate(new IntentOptions { ReviewThreshold = threshold }).Failed);
        Assert.True(Validate(new IntentOptions { OptInThreshold = threshold }).Failed);
    }

    [Fact]
    public void AMissingModelPathIsRefused() => Assert.True(Validate(new IntentOptions { ModelPath = " " }).Failed);

    [Fact]
    public async Task TheHostDoesNotStartWithInvalidThresholds()
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { Args = [], ContentRootPath = AppContext.BaseDirectory });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["Intent:ReviewThreshold"] = "0.95" });
        builder.AddIntentModel();
        using var host = builder.Build();

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains("Intent:ReviewThreshold", error.Message);
    }

    [Fact]
    public async Task TheHostLoadsTheModelWhenItStarts()
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { Args = [], ContentRootPath = AppContext.BaseDirectory });
        builder.AddIntentModel();
        using var host = builder.Build();
        await host.StartAsync();

        Assert.StartsWith("intent-v1+", host.Services.GetRequiredService<IIntentClassifier>().ModelVersion);
        await host.StopAsync();
    }
}
