using OptInDashboard.Reports;

namespace OptInDashboard.Tests.Reports;

public class CsvExportTests
{
    private static async Task<string> WrittenAsync(Action<CsvHelper.CsvWriter> write)
    {
        var text = new StringWriter();
        await using (var csv = CsvExport.Create(text))
        {
            write(csv);
            await csv.EndRecordAsync();
        }
        return text.ToString();
    }

    private static Task<string> CellAsync(string value) => WrittenAsync(csv => csv.WriteField(value));

    [Theory]
    [InlineData("=HYPERLINK(\"x\")", "\"'=HYPERLINK(\"\"x\"\")\"")]
    [InlineData("+1 call me", "\"'+1 call me\"")]
    [InlineData("-2+3", "\"'-2+3\"")]
    [InlineData("@SUM(A1)", "\"'@SUM(A1)\"")]
    [InlineData("\t=1", "\"'\t=1\"")]
    [InlineData("\r=1", "\"'\r=1\"")]
    public async Task ACellThatLooksLikeAFormulaIsNeutralised(string value, string expected) =>
        Assert.Equal(expected + "\r\n", await CellAsync(value));

    [Theory]
    [InlineData("a,b", "\"a,b\"")]
    [InlineData("Said \"no more\"", "\"Said \"\"no more\"\"\"")]
    [InlineData("plain", "plain")]
    [InlineData("a = b", "a = b")]
    public async Task TextIsQuotedOnlyWhereRfc4180NeedsIt(string value, string expected) =>
        Assert.Equal(expected + "\r\n", await CellAsync(value));

    [Fact]
    public async Task APhoneNumberIsWrittenAsItIsThoughItStartsWithAPlus() =>
        Assert.Equal("+15552010199,+442079460958\r\n", await WrittenAsync(csv =>
        {
            csv.WritePhoneNumber("+15552010199");
            csv.WritePhoneNumber("+442079460958");
        }));

    [Fact]
    public async Task SomethingElseInThePhoneColumnIsGuardedText() =>
        Assert.Equal("\"'+1+cmd|' /C calc'!A0\"\r\n", await WrittenAsync(csv => csv.WritePhoneNumber("+1+cmd|' /C calc'!A0")));

    [Fact]
    public async Task NumbersDatesAndEmptyValuesAreWrittenPlainly() =>
        Assert.Equal("-5,2026-11-29T08:30:00.0000000Z,,0.9712\r\n", await WrittenAsync(csv =>
        {
            csv.WriteField(-5L);
            csv.WriteField(new DateTime(2026, 11, 29, 8, 30, 0, DateTimeKind.Utc));
            csv.WriteField((long?)null);
            csv.WriteField((double?)0.97123, "0.####");
        }));
}
