using OptInDashboard.Data;

namespace OptInDashboard.Consent;

/// <summary>The exact texts a customer receives when consent changes. No marketing, no footer.</summary>
public static class ConsentReplies
{
    public const string OptedOut = "This message has been detected as an opt-out message, and the system has opted you out of receiving text messages. Please send REJOIN or OPTIN to opt back in.";
    public const string StillOptedOut = "You are currently opted out of receiving texts. Please send OPTIN or REJOIN to opt back in.";
    public const string OptedBackIn = "Based on your previous message, you have opted back in.";

    public const string Help = "{line}: reply STOP to opt out of texts from this number. Msg&Data rates may apply.";
    public const string GroupWelcome = "You joined {group}. Reply LEAVE to leave, or STOP to opt out of all texts from this number.";
    public const string GroupLeft = "You left {group}. Reply JOIN to rejoin.";

    private static readonly Dictionary<(AutoReply, string), string> Defaults = new()
    {
        [(AutoReply.OptOutConfirmation, ReplyTemplate.English)] = OptedOut,
        [(AutoReply.StillOptedOut, ReplyTemplate.English)] = StillOptedOut,
        [(AutoReply.OptInConfirmation, ReplyTemplate.English)] = OptedBackIn,
        [(AutoReply.Help, ReplyTemplate.English)] = Help,
        [(AutoReply.GroupWelcome, ReplyTemplate.English)] = GroupWelcome,
        [(AutoReply.GroupLeft, ReplyTemplate.English)] = GroupLeft,
        [(AutoReply.OptOutConfirmation, ReplyTemplate.Spanish)] = "Este mensaje se detectó como una solicitud de baja y el sistema le dio de baja de los mensajes de texto. Envíe REJOIN u OPTIN para volver a suscribirse.",
        [(AutoReply.StillOptedOut, ReplyTemplate.Spanish)] = "Actualmente está dado de baja de los mensajes de texto. Envíe OPTIN o REJOIN para volver a suscribirse.",
        [(AutoReply.OptInConfirmation, ReplyTemplate.Spanish)] = "Según su mensaje anterior, volvió a suscribirse.",
        [(AutoReply.Help, ReplyTemplate.Spanish)] = "{line}: responda STOP para dejar de recibir mensajes de este número. Pueden aplicarse tarifas de mensajes y datos.",
        [(AutoReply.OptOutConfirmation, "fr")] = "Ce message a été reconnu comme une demande de désabonnement, et le système vous a désabonné des messages texte. Envoyez REJOIN ou OPTIN pour vous réabonner.",
        [(AutoReply.StillOptedOut, "fr")] = "Vous êtes actuellement désabonné des messages texte. Envoyez OPTIN ou REJOIN pour vous réabonner.",
        [(AutoReply.OptInConfirmation, "fr")] = "D'après votre message précédent, vous êtes de nouveau abonné.",
        [(AutoReply.Help, "fr")] = "{line} : répondez STOP pour ne plus recevoir de messages de ce numéro. Des frais de messagerie et de données peuvent s'appliquer.",
        [(AutoReply.OptOutConfirmation, "ko")] = "이 메시지는 수신 거부 요청으로 확인되어 문자 수신이 거부 처리되었습니다. 다시 받으시려면 REJOIN 또는 OPTIN을 보내 주세요.",
        [(AutoReply.StillOptedOut, "ko")] = "현재 문자 수신 거부 상태입니다. 다시 받으시려면 OPTIN 또는 REJOIN을 보내 주세요.",
        [(AutoReply.OptInConfirmation, "ko")] = "이전 메시지에 따라 문자 수신이 다시 설정되었습니다.",
        [(AutoReply.Help, "ko")] = "{line}: 이 번호의 문자 수신을 거부하려면 STOP으로 답장하세요. 메시지 및 데이터 요금이 부과될 수 있습니다.",
        [(AutoReply.OptOutConfirmation, "pt")] = "Esta mensagem foi identificada como um pedido de cancelamento, e o sistema cancelou o envio de mensagens de texto para você. Envie REJOIN ou OPTIN para voltar a receber.",
        [(AutoReply.StillOptedOut, "pt")] = "No momento você não recebe nossas mensagens de texto. Envie OPTIN ou REJOIN para voltar a receber.",
        [(AutoReply.OptInConfirmation, "pt")] = "Com base na sua mensagem anterior, você voltou a receber nossas mensagens.",
        [(AutoReply.Help, "pt")] = "{line}: responda STOP para não receber mais mensagens deste número. Podem ser cobradas tarifas de mensagens e dados.",
        [(AutoReply.OptOutConfirmation, "tl")] = "Natukoy ang mensaheng ito bilang kahilingang huminto, at hindi ka na padadalhan ng text. Ipadala ang REJOIN o OPTIN para muling mag-subscribe.",
        [(AutoReply.StillOptedOut, "tl")] = "Kasalukuyan kang naka-opt out sa pagtanggap ng text. Ipadala ang OPTIN o REJOIN para muling mag-subscribe.",
        [(AutoReply.OptInConfirmation, "tl")] = "Batay sa iyong nakaraang mensahe, muli kang naka-subscribe.",
        [(AutoReply.Help, "tl")] = "{line}: sumagot ng STOP para hindi na makatanggap ng text mula sa numerong ito. Maaaring may singil sa mensahe at data.",
        [(AutoReply.OptOutConfirmation, "vi")] = "Tin nhắn này được xác định là yêu cầu ngừng nhận tin, và hệ thống đã ngừng gửi tin nhắn cho bạn. Gửi REJOIN hoặc OPTIN để đăng ký lại.",
        [(AutoReply.StillOptedOut, "vi")] = "Bạn hiện đã ngừng nhận tin nhắn. Gửi OPTIN hoặc REJOIN để đăng ký lại.",
        [(AutoReply.OptInConfirmation, "vi")] = "Theo tin nhắn trước của bạn, bạn đã đăng ký nhận tin nhắn trở lại.",
        [(AutoReply.Help, "vi")] = "{line}: trả lời STOP để ngừng nhận tin nhắn từ số này. Có thể áp dụng phí tin nhắn và dữ liệu.",
        [(AutoReply.OptOutConfirmation, "zh-Hans")] = "此消息被识别为退订请求，系统已为您退订短信。如需重新订阅，请回复 REJOIN 或 OPTIN。",
        [(AutoReply.StillOptedOut, "zh-Hans")] = "您目前已退订短信。如需重新订阅，请回复 OPTIN 或 REJOIN。",
        [(AutoReply.OptInConfirmation, "zh-Hans")] = "根据您之前的消息，您已重新订阅短信。",
        [(AutoReply.Help, "zh-Hans")] = "{line}：回复 STOP 即可退订此号码的短信。可能产生短信和数据费用。",
        [(AutoReply.OptOutConfirmation, "zh-Hant")] = "此訊息被識別為退訂請求，系統已為您退訂簡訊。如需重新訂閱，請回覆 REJOIN 或 OPTIN。",
        [(AutoReply.StillOptedOut, "zh-Hant")] = "您目前已退訂簡訊。如需重新訂閱，請回覆 OPTIN 或 REJOIN。",
        [(AutoReply.OptInConfirmation, "zh-Hant")] = "根據您之前的訊息，您已重新訂閱簡訊。",
        [(AutoReply.Help, "zh-Hant")] = "{line}：回覆 STOP 即可退訂此號碼的簡訊。可能產生簡訊及數據費用。",
    };

    /// <summary>The default wording of a reply; English where a language has none.</summary>
    public static string Default(AutoReply kind, string language) =>
        Defaults.TryGetValue((kind, language), out var text) ? text : Defaults[(kind, ReplyTemplate.English)];

    public static string Fill(string template, string lineName, string? groupName = null) =>
        template.Replace("{line}", lineName).Replace("{group}", groupName ?? "");

    /// <summary>The opted-out reminder goes at most once per this period per contact and line, so two auto-responders cannot loop.</summary>
    public static readonly TimeSpan StillOptedOutInterval = TimeSpan.FromHours(24);
}
