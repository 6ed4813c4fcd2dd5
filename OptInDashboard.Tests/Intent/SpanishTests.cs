using OptInDashboard.Intent;

namespace OptInDashboard.Tests.Intent;

public class SpanishTests
{
    [Fact]
    public void YaNoMeMandenMensajesIsAnAutomaticOptOut() => Assert.Equal(IntentAction.OptOut, ShippedModel.ActionFor("ya no me manden mensajes"));

    [Theory]
    [InlineData("No más mensajes por favor")]
    [InlineData("Por favor ya no me escriban")]
    [InlineData("dejen de mandarme mensajes")]
    [InlineData("bórrenme de su lista")]
    [InlineData("no quiero recibir más mensajes")]
    [InlineData("ya vendí el carro, no me escriban más")]
    [InlineData("número equivocado")]
    public void SpanishOptOutsAreAutomaticOptOuts(string text) => Assert.Equal(IntentAction.OptOut, ShippedModel.ActionFor(text));

    [Fact]
    public void CancelarMiCitaIsNotAnOptOut() => Assert.Equal(IntentAction.None, ShippedModel.ActionFor("quiero cancelar mi cita"));

    [Fact]
    public void NoMeMandenElPrecioPorMensajeIsNotAnOptOut() =>
        Assert.Equal(IntentAction.None, ShippedModel.ActionFor("no me manden el precio por mensaje, mándenlo por correo"));

    [Fact]
    public void PuedenVolverAMandarmeMensajesIsAnOptInForAnOptedOutContact() =>
        Assert.Equal(IntentAction.OptIn, ShippedModel.Triage.Triage("ya pueden volver a mandarme mensajes", contactIsOptedOut: true).Action);
}
