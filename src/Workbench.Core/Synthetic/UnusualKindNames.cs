namespace Workbench.Synthetic;

/// <summary>The snake_case names of <see cref="UnusualKind"/> in <c>truth.jsonl</c>, shared by its writer, its reader and reports.</summary>
public static class UnusualKindNames
{
    /// <summary>The name written for a kind, e.g. <c>phone_churn</c>.</summary>
    public static string Name(this UnusualKind kind) => kind switch
    {
        UnusualKind.PhoneChurn => "phone_churn",
        UnusualKind.Teleporting => "teleporting",
        UnusualKind.FlashBurst => "flash_burst",
        UnusualKind.ImageHoarder => "image_hoarder",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    /// <summary>The kind of a written name.</summary>
    /// <exception cref="FormatException">The name is not one of the kinds.</exception>
    public static UnusualKind Parse(string name) => name switch
    {
        "phone_churn" => UnusualKind.PhoneChurn,
        "teleporting" => UnusualKind.Teleporting,
        "flash_burst" => UnusualKind.FlashBurst,
        "image_hoarder" => UnusualKind.ImageHoarder,
        _ => throw new FormatException($"unknown unusual_kind '{name}'"),
    };
}
