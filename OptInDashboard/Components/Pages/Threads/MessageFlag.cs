using MudBlazor;

namespace OptInDashboard.Components.Pages.Threads;

/// <summary>
/// What a customer's text did to consent, as it stands now: a possible opt-out is under review only
/// until a manager decides (or a later change overtakes it), and then shows the outcome.
/// </summary>
public enum MessageFlag
{
    None,
    OptOut,
    OptIn,
    UnderReview,
    ReviewConfirmed,
    ReviewDismissed,
    ReviewOvertaken,
}

public static class MessageFlagText
{
    public static string? Label(this MessageFlag flag) => flag switch
    {
        MessageFlag.OptOut => "Opt-out",
        MessageFlag.OptIn => "Opt-in",
        MessageFlag.UnderReview => "Possible opt-out: under review",
        MessageFlag.ReviewConfirmed => "Opt-out: confirmed by a manager",
        MessageFlag.ReviewDismissed => "Possible opt-out: a manager decided it is not one",
        MessageFlag.ReviewOvertaken => "Possible opt-out: no longer under review",
        _ => null,
    };

    /// <summary>The CSS class (and data-flag) of the message: red, green, amber, or grey once reviewed.</summary>
    public static string Css(this MessageFlag flag) => flag switch
    {
        MessageFlag.OptOut or MessageFlag.ReviewConfirmed => "flag-opt-out",
        MessageFlag.OptIn => "flag-opt-in",
        MessageFlag.UnderReview => "flag-review",
        MessageFlag.ReviewDismissed or MessageFlag.ReviewOvertaken => "flag-reviewed",
        _ => "",
    };

    public static string Icon(this MessageFlag flag) => flag switch
    {
        MessageFlag.OptOut or MessageFlag.ReviewConfirmed => Icons.Material.Filled.Block,
        MessageFlag.OptIn => Icons.Material.Filled.CheckCircle,
        MessageFlag.UnderReview => Icons.Material.Filled.HourglassTop,
        _ => Icons.Material.Filled.TaskAlt,
    };
}
