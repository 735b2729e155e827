namespace Workbench.Retrieval;

/// <summary>
/// One entity of one ad, as <c>workbench extract</c> writes it: <c>ad_id,field,kind,value,start,end,confidence</c>.
/// </summary>
/// <param name="AdId">The ad.</param>
/// <param name="Field"><c>title</c> or <c>body</c>.</param>
/// <param name="Kind">phone, email, handle, url, price, age, name, city or indicator.</param>
/// <param name="Value">The keyed token for a contact (never the raw value); the normalized value otherwise.</param>
/// <param name="Start">First UTF-16 offset in the field the entity was read from (inclusive).</param>
/// <param name="End">Offset just past the entity (exclusive).</param>
/// <param name="Confidence">Heuristic confidence in [0, 1].</param>
public sealed record AdEntityRow(string AdId, string Field, string Kind, string Value, int Start, int End, double Confidence);
