using System.Globalization;
using OptInDashboard.Intent;

namespace OptInDashboard.Tests.Intent;

public class ClassifyCliTests
{
    private static (int ExitCode, string[] Lines, string Errors) Classify(params string[] messages)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exitCode = IntentCli.Run(["classify"], new StringReader(string.Join("\n", messages) + "\n"), output, error);
        return (exitCode, output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries), error.ToString());
    }

    [Fact]
    public void EachMessageGetsOneLineOfIntentConfidenceActionAndTheMessage()
    {
        var (exitCode, lines, _) = Classify("please stop texting me", "I'll stop by at 3", "who is this?", "you can text me again");

        Assert.Equal(0, exitCode);
        Assert.Equal(4, lines.Length);
        Assert.All(lines, line => Assert.Matches(@"^(opt-out|opt-in|help|other)\t(0|1)\.\d{4}\t(opt-out|opt-in|help|review|none)\t", line));
        Assert.StartsWith("opt-out\t", lines[0]);
        Assert.EndsWith("\topt-out\tplease stop texting me", lines[0]);
        Assert.EndsWith("\tnone\tI'll stop by at 3", lines[1]);
        Assert.StartsWith("help\t", lines[2]);
    }

    [Fact]
    public void AFreeTextOptInIsReportedAsItActsForAnOptedOutContact() =>
        Assert.Matches(@"^opt-in\t\d\.\d{4}\topt-in\tyou can text me again$", Classify("you can text me again").Lines.Single());

    [Theory]
    [InlineData("STOP", "opt-out\t1.0000\topt-out\tSTOP")]
    [InlineData(" unsubscribe! ", "opt-out\t1.0000\topt-out\t unsubscribe! ")]
    [InlineData("Stopall", "opt-out\t1.0000\topt-out\tStopall")]
    [InlineData("start", "opt-in\t1.0000\topt-in\tstart")]
    [InlineData("HELP", "help\t1.0000\thelp\tHELP")]
    [InlineData("Cancelar", "opt-out\t1.0000\topt-out\tCancelar")]
    public void AnExactKeywordComesOutWithConfidenceOneAndTheKeywordsAction(string message, string expected) =>
        Assert.Equal(expected, Classify(message).Lines.Single());

    [Fact]
    public void AnEmptyLineIsOtherWithNoAction()
    {
        var output = new StringWriter();
        IntentCli.Run(["classify"], new StringReader("\n"), output, TextWriter.Null);

        Assert.Equal("other\t1.0000\tnone\t\n", output.ToString().ReplaceLineEndings("\n"));
    }

    [Fact]
    public void ConfidenceIsWrittenTheSameWayInEveryCulture()
    {
        var before = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("de-DE");
        try
        {
            Assert.Matches(@"^other\t\d\.\d{4}\t", Classify("see you at 3").Lines.Single());
        }
        finally
        {
            CultureInfo.CurrentCulture = before;
        }
    }

    [Fact]
    public void NothingButResultsIsWrittenToStandardOutput()
    {
        var (_, lines, _) = Classify("ok thanks", "STOP");

        Assert.Equal(["ok thanks", "STOP"], lines.Select(l => l.Split('\t')[3]));
    }

    [Fact]
    public void AnUnknownOptionIsRefusedWithUsage()
    {
        var error = new StringWriter();

        var exitCode = IntentCli.Run(["classify", "--fast", "yes"], TextReader.Null, TextWriter.Null, error);

        Assert.Equal(2, exitCode);
        Assert.Contains("Usage: classify", error.ToString());
    }

    [Fact]
    public void OtherArgumentsAreLeftToTheWebApp() => Assert.False(IntentCli.TryRun(["--urls", "http://127.0.0.1:0"], out _));
}
