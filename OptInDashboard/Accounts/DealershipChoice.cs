using System.Globalization;

namespace OptInDashboard.Accounts;

/// <summary>
/// The dealership a staff member of several chose to work in, kept in a cookie of its own (so it survives the
/// sign-in cookie's renewals). Only a choice among their own dealerships counts (<see cref="StaffClaimsPrincipalFactory"/>).
/// </summary>
internal static class DealershipChoice
{
    public const string Cookie = "OptInDashboard.Dealership";

    // The choice being made in this request, before the response's cookie reaches the browser.
    private const string ItemKey = "optin:chosen-dealership";

    public static int? Read(HttpContext? http)
    {
        if (http is null) return null;
        if (http.Items[ItemKey] is int chosen) return chosen;
        return int.TryParse(http.Request.Cookies[Cookie], NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : null;
    }

    public static void Write(HttpContext http, int dealershipId)
    {
        http.Items[ItemKey] = dealershipId;
        http.Response.Cookies.Append(Cookie, dealershipId.ToString(CultureInfo.InvariantCulture), new CookieOptions
        {
            HttpOnly = true,
            SameSite = SameSiteMode.Strict,
            Secure = http.Request.IsHttps,
            IsEssential = true,
            MaxAge = TimeSpan.FromDays(365),
        });
    }
}
