using OptInDashboard.Data;

namespace OptInDashboard.Tests.Data;

public sealed class DealershipTimeTests
{
    private static readonly DealershipTime Chicago = DealershipTime.For(new Account { Name = "Riverside Motors", TimeZone = "America/Chicago" });
    private static readonly DateTime Now = new(2026, 11, 29, 20, 5, 0, DateTimeKind.Utc); // 2:05 PM in Chicago

    [Fact]
    public void TimesOnScreenAreTheDealershipsLocalTime()
    {
        Assert.Equal("Nov 29, 2:05 PM", Chicago.Format(Now));
        Assert.Equal("Nov 29, 2026, 2:05 PM", Chicago.FormatFull(Now));
        Assert.Equal("Jul 1, 2:05 PM", Chicago.Format(new DateTime(2026, 7, 1, 19, 5, 0, DateTimeKind.Utc)));
    }

    [Theory]
    [InlineData(0, 0, 30, "just now")]
    [InlineData(0, 5, 0, "5 min ago")]
    [InlineData(2, 0, 0, "2 h ago")]
    [InlineData(14, 0, 0, "14 h ago")] // 00:05 today in Chicago
    [InlineData(15, 0, 0, "yesterday")]
    [InlineData(72, 0, 0, "Nov 26")]
    [InlineData(24 * 400, 0, 0, "Oct 25, 2025")]
    public void AThreadListSaysHowOldTheLastTextIsInPlainWords(int hours, int minutes, int seconds, string expected) =>
        Assert.Equal(expected, Chicago.Ago(Now - new TimeSpan(hours, minutes, seconds), Now));

    [Fact]
    public void AReportDayRunsFromTheDealershipsMidnightNotUtcs()
    {
        Assert.Equal(new DateTime(2026, 11, 29, 6, 0, 0, DateTimeKind.Utc), Chicago.StartOfDayUtc(new DateOnly(2026, 11, 29)));
        Assert.Equal(new DateTime(2026, 7, 1, 5, 0, 0, DateTimeKind.Utc), Chicago.StartOfDayUtc(new DateOnly(2026, 7, 1)));
        Assert.Equal(new DateOnly(2026, 11, 28), Chicago.Today(new DateTime(2026, 11, 29, 3, 0, 0, DateTimeKind.Utc)));
    }

    [Theory]
    [InlineData("America/Chicago", true)]
    [InlineData("Asia/Ho_Chi_Minh", true)]
    [InlineData("Mars/Olympus_Mons", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    public void OnlyAKnownIanaTimeZoneIsAccepted(string? id, bool known) =>
        Assert.Equal(known, DealershipTime.TryFindZone(id, out _));

    [Fact]
    public void ADealershipWithAnUnknownZoneReadsUsEasternRatherThanFailing() =>
        Assert.Equal("America/New_York", DealershipTime.For(new Account { Name = "Old", TimeZone = "nowhere" }).Zone.Id);
}
