using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server.Circuits;
using OptInDashboard.Data;

namespace OptInDashboard.Accounts;

/// <summary>
/// A circuit has its own services, not the request's: this gives its <see cref="CurrentStaff"/> the circuit's
/// signed-in user before any component renders, and keeps it current when the authentication state changes.
/// </summary>
internal sealed class CurrentStaffCircuitHandler(AuthenticationStateProvider authentication, CurrentStaff staff) : CircuitHandler, IDisposable
{
    public override async Task OnCircuitOpenedAsync(Circuit circuit, CancellationToken cancellationToken)
    {
        staff.Principal = (await authentication.GetAuthenticationStateAsync()).User;
        authentication.AuthenticationStateChanged += Changed;
    }

    private void Changed(Task<AuthenticationState> state) => _ = UseAsync(state);

    private async Task UseAsync(Task<AuthenticationState> state)
    {
        try
        {
            staff.Principal = (await state).User;
        }
        catch (Exception)
        {
            // A failed revalidation signs the circuit out: nobody is signed in, and walled contexts see nothing.
            staff.Principal = new();
        }
    }

    public void Dispose() => authentication.AuthenticationStateChanged -= Changed;
}
