using System.Text.Json;

namespace OptInDashboard.Benchmarks.WebhookLoad;

/// <summary>One inbound webhook to post: its message_uuid and JSON body.</summary>
public sealed record Delivery(string Uuid, string Json);

/// <summary>
/// What a dealership's lines receive: mostly replies and questions across many customers, some STOPs
/// (and the odd START or HELP), and now and then Vonage delivering the same message again.
/// </summary>
public sealed class TrafficMix(string runId, int contacts, string line)
{
    public const double RedeliveryShare = 0.02;

    private static readonly string[] Replies = ["Yes go ahead", "ok thanks", "Great, I'll stop by at 3", "Sounds good", "Thank you!", "Gracias!", "Perfect", "👍"];
    private static readonly string[] Questions =
    [
        "Is my car ready yet?", "How much will the brake job be?", "Can I pick it up after 5?", "Can you email me the estimate instead?",
        "Do you have a loaner available?", "What time do you close on Saturday?", "Can we move my appointment to Thursday?",
        "My car won't stop squealing when I brake, can you look again?",
    ];

    /// <summary>Delivery number <paramref name="sequence"/> of worker <paramref name="worker"/>; uuids are unique per run.</summary>
    public Delivery Next(int worker, long sequence, Random random)
    {
        var uuid = $"{runId}-{worker:x4}-{(sequence >> 48) & 0xffff:x4}-{(sequence >> 32) & 0xffff:x4}-{sequence & 0xffffffff:x12}";
        var customer = $"1555{3_000_000 + random.Next(contacts):D7}";
        var roll = random.NextDouble();
        var text = roll switch
        {
            < 0.08 => "STOP",
            < 0.10 => "START",
            < 0.11 => "HELP",
            < 0.55 => Replies[random.Next(Replies.Length)],
            _ => Questions[random.Next(Questions.Length)],
        };
        var json = JsonSerializer.Serialize(new
        {
            channel = "sms",
            message_uuid = uuid,
            to = line,
            from = customer,
            timestamp = DateTimeOffset.UtcNow.ToString("yyyy-MM-ddTHH:mm:ssZ"),
            text,
            message_type = "text",
            sms = new { num_messages = "1" },
        });
        return new Delivery(uuid, json);
    }
}
