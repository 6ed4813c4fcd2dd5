namespace OptInDashboard.Accounts;

/// <summary>Where the header's dealership switcher posts, and where it may send the staff member back to.</summary>
public static class DealershipSwitch
{
    public const string Path = "/account/dealership";

    /// <summary>Only local paths, so a crafted form cannot send a signed-in user elsewhere.</summary>
    public static string SafeReturnUrl(string? returnUrl) =>
        !string.IsNullOrEmpty(returnUrl) && returnUrl.StartsWith('/') && !returnUrl.StartsWith("//") && !returnUrl.StartsWith("/\\")
            ? returnUrl : "/threads";
}
