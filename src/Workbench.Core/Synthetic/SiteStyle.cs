namespace Workbench.Synthetic;

/// <summary>A fictional ad site: its name, how it numbers ads, how its titles and bodies look, its categories.</summary>
internal sealed record SiteStyle(string Domain, string Prefix, int Digits, bool Hex, string EscortCategory, string MassageCategory)
{
    public static readonly SiteStyle[] All =
    [
        new("localcompanion.ca", "lc-", 8, false, "escorts", "body-rubs"),
        new("northernlist.ca", "nl", 9, false, "female-escorts", "massage"),
        new("maplenights.com", "mn-", 7, false, "companions", "massage"),
        new("rendezvous-qc.ca", "rv_", 8, false, "escortes", "salons-de-massage"),
        new("companionhub.ca", "ch-", 8, true, "escorts", "spa"),
    ];
}
