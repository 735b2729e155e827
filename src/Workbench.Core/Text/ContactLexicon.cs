using System.Collections.Frozen;

namespace Workbench.Text;

/// <summary>Word lists shared by the e-mail, URL and handle extractors.</summary>
internal static class ContactLexicon
{
    /// <summary>Mail providers common in Canadian ads; a spelled address at one of these needs no other evidence.</summary>
    public static readonly FrozenSet<string> MailProviders = new[]
    {
        "gmail", "googlemail", "hotmail", "outlook", "live", "msn", "yahoo", "ymail", "rocketmail", "aol", "icloud",
        "me", "mac", "protonmail", "proton", "pm", "gmx", "mail", "yandex", "zoho", "hushmail", "tutanota", "tuta",
        "videotron", "sympatico", "bell", "bellnet", "rogers", "shaw", "telus", "cogeco", "eastlink", "sasktel",
        "mts", "laposte", "orange", "free", "sfr", "qq", "inbox", "fastmail", "lycos", "email", "comcast",
        "verizon", "att", "sbcglobal", "mailinator", "guerrillamail", "cock", "airmail", "skiff",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Top-level domains that ads use; a bare <c>name.tld</c> is a URL only with one of these.</summary>
    public static readonly FrozenSet<string> CommonTlds = new[]
    {
        "com", "ca", "net", "org", "info", "biz", "co", "io", "me", "us", "uk", "fr", "de", "xyz", "online", "site",
        "club", "live", "email", "app", "pro", "vip", "top", "store", "shop", "tv", "cc", "ly", "to", "eu", "qc",
        "ch", "nl", "mx", "au", "nz", "ru", "gg", "fun", "link", "website", "space", "life", "love", "sexy", "xxx",
        "porn", "adult", "dating", "ai", "dev", "cloud", "page", "blog", "tk", "ml", "ga", "cf", "gq", "win", "bid",
        "click", "date", "girl", "girls", "cam", "webcam", "chat", "social", "media", "world", "today", "city",
        "escort", "massage", "spa", "photos", "pics", "tel", "mobi", "name",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Ordinary words that are never a handle or the local part of a spelled e-mail ("meet me at …").</summary>
    public static readonly FrozenSet<string> StopWords = new[]
    {
        "me", "my", "us", "you", "u", "him", "her", "them", "it", "i", "we", "meet", "see", "look", "call", "text",
        "stay", "here", "there", "arrive", "available", "located", "staying", "based", "find", "reach", "be", "is",
        "am", "are", "was", "home", "work", "out", "in", "on", "up", "only", "just", "now", "and", "or", "the",
        "a", "an", "at", "to", "for", "of", "with", "too", "also", "add", "follow", "dm", "below", "above", "name",
        "handle", "account", "same", "link", "bio", "pls", "please", "info", "more", "pics", "pic", "photos",
        "and", "by", "from", "as", "if", "so", "no", "yes", "not", "this", "that", "any", "all", "ask", "via",
        "msg", "message", "contact", "details", "hit", "get", "got", "let", "lets", "come", "go", "dinner",
        "available", "ready", "then", "moi", "sur", "ou", "et", "le", "la", "les", "mon", "ma", "mes", "sa",
        "story", "stories", "vids", "videos", "content", "page", "profile", "check", "chat", "snap", "insta",
        "snapchat", "instagram", "twitter", "telegram", "whatsapp", "onlyfans", "private", "premium", "free",
        "vip", "sub", "subscribe", "subscribers", "fans",
    }.ToFrozenSet(StringComparer.Ordinal);
}
