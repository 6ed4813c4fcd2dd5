using OptInDashboard.Data;

namespace OptInDashboard.Consent;

/// <summary>
/// A keyword and what it does when a customer's whole message is that keyword: for the whole account,
/// or for one line (which then wins over the account's).
/// </summary>
public class KeywordResponder
{
    public int Id { get; set; }
    public int AccountId { get; set; }

    /// <summary>Null: every line of the account.</summary>
    public int? LineId { get; set; }
    public Line? Line { get; set; }

    /// <summary>Stored normalised (see <see cref="Keywords.Normalize"/>).</summary>
    public required string Keyword { get; set; }
    public KeywordAction Action { get; set; }

    /// <summary>For join and leave responders.</summary>
    public int? GroupId { get; set; }
    public Group? Group { get; set; }

    /// <summary>The language of the replies this keyword triggers ("en", "es").</summary>
    public string Language { get; set; } = ReplyTemplate.English;
}
