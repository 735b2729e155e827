namespace Workbench.Synthetic;

/// <summary>
/// One scheduled post before it is written out: who posts, when (window day and UTC second of that day), as which
/// persona, where, on which trip. Small and short-lived: only one day's worth is ever held.
/// </summary>
internal readonly record struct AdSpec(int Actor, int Day, int Second, short Persona, int Ordinal, int Slot, int City, int Trip);
