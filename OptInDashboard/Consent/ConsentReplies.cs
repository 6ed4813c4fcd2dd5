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

    /// <summary>CTIA's opt-in confirmation for a recurring program: its name, the frequency, the rates, HELP and STOP.</summary>
    public const string MarketingOptedIn = "{dealership} {line}: you are opted in to our offers and service specials. Msg frequency varies. Msg & data rates may apply. Reply HELP for help, STOP to opt out.";

    private static readonly Dictionary<(AutoReply, string), string> Defaults = new()
    {
        [(AutoReply.OptOutConfirmation, ReplyTemplate.English)] = OptedOut,
        [(AutoReply.StillOptedOut, ReplyTemplate.English)] = StillOptedOut,
        [(AutoReply.OptInConfirmation, ReplyTemplate.English)] = OptedBackIn,
        [(AutoReply.Help, ReplyTemplate.English)] = Help,
        [(AutoReply.GroupWelcome, ReplyTemplate.English)] = GroupWelcome,
        [(AutoReply.GroupLeft, ReplyTemplate.English)] = GroupLeft,
        [(AutoReply.MarketingOptInConfirmation, ReplyTemplate.English)] = MarketingOptedIn,
        [(AutoReply.MarketingOptInConfirmation, ReplyTemplate.Spanish)] = "{dealership} {line}: se suscribió a nuestras ofertas y promociones de servicio. La frecuencia de mensajes varía. Pueden aplicarse tarifas de mensajes y datos. Responda HELP para ayuda, STOP para cancelar.",
        [(AutoReply.MarketingOptInConfirmation, "fr")] = "{dealership} {line} : vous êtes abonné à nos offres et promotions d'entretien. Fréquence des messages variable. Des frais de messagerie et de données peuvent s'appliquer. Répondez HELP pour de l'aide, STOP pour vous désabonner.",
        [(AutoReply.MarketingOptInConfirmation, "ko")] = "{dealership} {line}: 할인 및 정비 프로모션 문자 수신에 동의하셨습니다. 메시지 빈도는 다를 수 있습니다. 메시지 및 데이터 요금이 부과될 수 있습니다. 도움말은 HELP, 수신 거부는 STOP으로 답장하세요.",
        [(AutoReply.MarketingOptInConfirmation, "pt")] = "{dealership} {line}: você se inscreveu para receber nossas ofertas e promoções de serviço. A frequência das mensagens varia. Podem ser cobradas tarifas de mensagens e dados. Responda HELP para ajuda, STOP para cancelar.",
        [(AutoReply.MarketingOptInConfirmation, "tl")] = "{dealership} {line}: naka-subscribe ka na sa aming mga alok at promo sa serbisyo. Nag-iiba ang dalas ng mensahe. Maaaring may singil sa mensahe at data. Sumagot ng HELP para sa tulong, STOP para huminto.",
        [(AutoReply.MarketingOptInConfirmation, "vi")] = "{dealership} {line}: bạn đã đăng ký nhận ưu đãi và khuyến mãi dịch vụ của chúng tôi. Tần suất tin nhắn thay đổi. Có thể áp dụng phí tin nhắn và dữ liệu. Trả lời HELP để được trợ giúp, STOP để ngừng nhận tin.",
        [(AutoReply.MarketingOptInConfirmation, "zh-Hans")] = "{dealership} {line}：您已订阅我们的优惠和保养促销短信。短信频率不定。可能产生短信和数据费用。回复 HELP 获取帮助，回复 STOP 退订。",
        [(AutoReply.MarketingOptInConfirmation, "zh-Hant")] = "{dealership} {line}：您已訂閱我們的優惠及保養促銷簡訊。簡訊頻率不定。可能產生簡訊及數據費用。回覆 HELP 取得協助，回覆 STOP 退訂。",
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

    public static string Fill(string template, string lineName, string? groupName = null, string? dealershipName = null) =>
        template.Replace("{line}", lineName).Replace("{group}", groupName ?? "").Replace("{dealership}", dealershipName ?? "");

    /// <summary>The confirmation a consent change requires (47 CFR 64.1200(a)(12); CTIA): it goes whatever texted before it.</summary>
    public static bool ConfirmsAChange(AutoReply kind) =>
        kind is AutoReply.OptOutConfirmation or AutoReply.OptInConfirmation or AutoReply.MarketingOptInConfirmation;

    /// <summary>
    /// Every other automatic reply goes at most once per this period per contact, line and kind (the opted-out reminder
    /// once a day, HELP and the group replies once an hour), so a customer's auto-responder and ours cannot loop.
    /// </summary>
    public static TimeSpan RepeatInterval(AutoReply kind) =>
        kind == AutoReply.StillOptedOut ? TimeSpan.FromHours(24) : TimeSpan.FromHours(1);
}
