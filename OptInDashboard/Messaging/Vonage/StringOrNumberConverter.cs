using System.Text.Json;
using System.Text.Json.Serialization;

namespace OptInDashboard.Messaging.Vonage;

/// <summary>Reads a JSON string or number as a string: Vonage's error title is either.</summary>
public sealed class StringOrNumberConverter : JsonConverter<string?>
{
    public override string? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => reader.TokenType switch
    {
        JsonTokenType.String => reader.GetString(),
        JsonTokenType.Number => System.Text.Encoding.UTF8.GetString(reader.HasValueSequence ? System.Buffers.BuffersExtensions.ToArray(reader.ValueSequence) : reader.ValueSpan.ToArray()),
        JsonTokenType.Null => null,
        _ => throw new JsonException("Expected a string or a number."),
    };

    public override void Write(Utf8JsonWriter writer, string? value, JsonSerializerOptions options) => writer.WriteStringValue(value);
}
