using System.Globalization;
using System.Text;
using Workbench.Data;
using Workbench.Images;

namespace Workbench.Synthetic;

/// <summary>
/// Turns a scheduled post into a visible ad and its truth. Texts are pure functions of a text key (actor, base text
/// or template, edit, place, phone), so reposts of the same key are identical, as copy-pasted reposts are; a small
/// direct-mapped cache saves re-rendering them. Site ad numbers are the only state, and they advance in stream order.
/// </summary>
internal sealed class AdComposer
{
    private const int CacheBits = 16;
    private readonly SyntheticPlan _plan;
    private readonly SyntheticOptions _o;
    private readonly SyntheticGeography _geo;
    private readonly long[] _siteNext;
    private readonly RenderedText?[] _cache = new RenderedText?[1 << CacheBits];
    private readonly StringBuilder _sb = new(1024);
    private readonly List<string> _sentences = new(16);
    private readonly string[][] _cityAliases;

    private static readonly string[] ContactEn = ["Text {p} to book.", "Call or text {p}.", "Serious inquiries only: {p}.", "WhatsApp {p}.", "{p} (text only)."];
    private static readonly string[] ContactFr = ["Texte-moi au {p}.", "Appelle ou texte: {p}.", "Pour réserver: {p}.", "WhatsApp {p}."];
    private static readonly string[] ContactWe = ["Call us: {p}.", "Text {p} for bookings.", "Bookings: {p}."];

    public AdComposer(SyntheticPlan plan)
    {
        _plan = plan;
        _o = plan.Options;
        _geo = plan.Geography;
        var r = SeedMix.Random(SeedMix.Hash((ulong)(uint)_o.Seed, 0x517E));
        _siteNext = new long[SiteStyle.All.Length];
        for (var i = 0; i < _siteNext.Length; i++) _siteNext[i] = 1_000_000 + r.Next(3_000_000);
        _cityAliases = new string[_geo.Cities.Length][];
        for (var i = 0; i < _geo.Cities.Length; i++)
        {
            _cityAliases[i] = [.. _geo.Cities[i].Aliases];
        }
    }

    public SyntheticAd Compose(in AdSpec spec)
    {
        var a = _plan.Actors[spec.Actor];
        // Per-ad draws use the cheap counter-based generator; texts (cached per key) use System.Random.
        var r = new HashRng(SeedMix.Hash(a.Seed, 0xAD, (ulong)spec.Ordinal));
        var site = a.Site;
        if (r.NextDouble() < _o.CrossPostProbability && _o.Sites > 1)
        {
            site = (site + 1 + r.Next(_o.Sites - 1)) % _o.Sites;
        }
        var edited = spec.Ordinal > 0 && r.NextDouble() < _o.RepostEditProbability;
        var bodyEdit = edited && r.NextDouble() < _o.BodyEditShare;
        var bodyVariant = bodyEdit ? 1 + r.Next(_o.EditVariants) : 0;
        var titleVariant = edited && !bodyEdit ? 1 + r.Next(3) : 0;
        var away = spec.Trip >= 0;

        RenderedText text;
        Persona[] shown;
        string? alias = null;
        string templateId, microId;
        switch (a.Type)
        {
            case ActorType.Independent:
            {
                var baseIndex = a.BaseTexts == 2 && r.NextDouble() < 0.4 ? 1 : 0;
                // Some movement lines name the city ("in Oshawa until Sunday"), most do not ("new in town").
                var moveCity = !away ? -1 : MovementNamesCity(a, baseIndex) ? spec.City : -2;
                var key = SeedMix.Hash(a.Seed, 0x1D, (ulong)((baseIndex * 64) + bodyVariant), (ulong)(moveCity + 1));
                text = Cached(key, a, spec, baseIndex, bodyVariant, moveCity, 0);
                shown = a.Personas;
                if (a.BaseTexts == 1 && a.Alias is not null && titleVariant > 0) alias = a.Alias;
                templateId = baseIndex == 0 ? a.Ids.Template1 : a.Ids.Template2;
                microId = baseIndex == 0 ? a.Ids.Micro1 : a.Ids.Micro2;
                break;
            }
            case ActorType.Organized:
            {
                var slot = spec.Persona % a.PhoneSlots;
                var churn = a.Unusual == UnusualKind.PhoneChurn;
                var epoch = 0;
                var phone = churn ? _plan.ChurnPhone(a, spec.Ordinal) : _plan.RotatingPhone(a, slot, spec.Day, out epoch);
                // Template ads are pasted with their slots filled; a line is swapped only now and then.
                var variant = edited && r.NextDouble() < 0.25 ? 1 : 0;
                var textCity = TemplateNamesCity(a) ? spec.City : -1;
                var key = SeedMix.Hash(a.Seed, (ulong)(0x2D + (spec.Persona * 4) + variant), (ulong)(textCity + 1), churn ? (ulong)phone : (ulong)((slot * 10_000) + epoch));
                text = Cached(key, a, spec, spec.Persona, variant, textCity, phone);
                shown = [a.Personas[spec.Persona]];
                templateId = a.Ids.Template1;
                microId = a.Ids.Micro1;
                break;
            }
            case ActorType.Spam:
            {
                var phoneIndex = spec.Ordinal / _o.SpamAdsPerPhone;
                var key = SeedMix.Hash(a.Seed, 0x3D, (ulong)phoneIndex);
                text = Cached(key, a, spec, phoneIndex % a.Personas.Length, 0, -1, _plan.SpamPhone(a, phoneIndex));
                shown = [a.Personas[phoneIndex % a.Personas.Length]];
                templateId = a.Ids.SpamTemplate;
                microId = a.Ids.Micro1;
                break;
            }
            default:
            {
                var period = (spec.Day - a.First) / a.RosterPeriodDays;
                var key = SeedMix.Hash(a.Seed, (ulong)(0x4D + bodyVariant), (ulong)period);
                text = Cached(key, a, spec, period, bodyVariant, -1, a.Phone);
                shown = Roster(a, spec.Day);
                templateId = a.Ids.Template1;
                microId = a.Ids.Micro1;
                break;
            }
        }

        var style = SiteStyle.All[site];
        var city = _geo.Cities[spec.City];
        var cityText = CityAsWritten(spec.City, site == 3 || a.French, ref r);
        var lead = shown.Length > 0 ? shown[0] : null;
        var title = Title(a, text, site, titleVariant, lead, cityText, away, alias);

        var structured = r.NextDouble() < _o.StructuredContactProbability;
        var fieldPhones = structured && text.Phone != 0 ? new[] { ContactText.FieldForm(text.Phone, r.Next(4)) } : [];
        var fieldEmails = structured && text.Email is not null ? new[] { text.Email } : [];
        var fieldHandles = structured && text.Handle is not null ? new[] { text.Handle } : [];
        var fieldUrls = structured && text.Url is not null ? new[] { text.Url } : [];

        var names = new string[shown.Length];
        var personaIds = new string[shown.Length];
        for (var i = 0; i < shown.Length; i++)
        {
            names[i] = a.Type == ActorType.Independent && (alias ?? text.Alias) is { } other ? other : shown[i].Name;
            personaIds[i] = shown[i].IdText;
        }
        var multi = a.Type is ActorType.Collective or ActorType.Spa;
        var priced = r.NextDouble() < 0.85;
        var terms = r.NextDouble() < 0.8;
        var posted = new DateTimeOffset(_plan.StartUtc.AddDays(spec.Day).AddSeconds(spec.Second), TimeSpan.Zero);
        // In this order: the draws of the per-ad generator must stay as they were.
        var lat = Math.Round(city.Lat + Jitter(ref r), 5);
        var lon = Math.Round(city.Lon + Jitter(ref r), 5);
        var images = Images(a, shown, spec.Ordinal, ref r);
        var ad = new Ad
        {
            AdId = NextId(site),
            PostedAt = posted,
            Site = style.Domain,
            Category = a.Type == ActorType.Spa ? style.MassageCategory : style.EscortCategory,
            Title = title,
            Body = text.Body,
            City = cityText,
            Province = city.Province,
            Lat = lat,
            Lon = lon,
            Phones = fieldPhones,
            Emails = fieldEmails,
            Handles = fieldHandles,
            Urls = fieldUrls,
            PriceAmount = priced ? a.Price : null,
            PriceCurrency = priced ? "CAD" : null,
            PriceDurationMin = priced ? 60 : null,
            Incall = terms ? a.Incall : null,
            Outcall = terms ? a.Outcall : null,
            StatedAge = !multi && a.ShowsAge && lead is not null ? lead.Age : null,
            StatedEthnicity = !multi && a.ShowsEthnicity && lead is { Ethnicity: >= 0 }
                ? (a.French ? Lexicon.EthnicityFr[lead.Ethnicity % Lexicon.EthnicityFr.Length] : Lexicon.EthnicityEn[lead.Ethnicity])
                : null,
            Names = names,
            ImageHashes = images.Hashes,
            ImageWindowHashes = images.Windows,
        };
        var truth = new AdTruth
        {
            AdId = ad.AdId,
            ActorId = a.IdText,
            ActorType = a.Type,
            PersonaIds = personaIds,
            TemplateId = templateId,
            MicroClusterId = microId,
            MetaClusterId = a.Ids.Meta,
            TripId = spec.Trip >= 0 ? "R" + spec.Trip.ToString("D6", CultureInfo.InvariantCulture) : null,
            EventId = a.Event >= 0 ? _plan.Events[a.Event].Id : null,
            ObfuscationOps = text.Ops,
            Touring = a.Touring,
            Phones = text.Phone != 0 ? [ContactText.E164(text.Phone)] : [],
            Emails = text.Email is not null ? [text.Email] : [],
            Handles = text.Handle is not null ? [text.Handle] : [],
            Urls = text.Url is not null ? [text.Url] : [],
            UnusualKind = a.Unusual,
            ImageIds = images.Ids,
            CroppedImages = images.Cropped,
        };
        return new SyntheticAd(ad, truth);
    }

    private static bool TemplateNamesCity(Actor a) => (SeedMix.Hash(a.Seed, 0x7C1) & 1) == 0;

    private static bool MovementNamesCity(Actor a, int baseIndex) => SeedMix.Hash(a.Seed, 0x40C, (ulong)baseIndex) % 10 < 4;

    private static Persona[] Roster(Actor a, int day)
    {
        var count = 0;
        foreach (var p in a.Personas)
        {
            if (day >= p.FromDay && day <= p.ToDay) count++;
        }
        var roster = new Persona[count];
        var i = 0;
        foreach (var p in a.Personas)
        {
            if (day >= p.FromDay && day <= p.ToDay) roster[i++] = p;
        }
        return roster;
    }

    private static double Jitter(ref HashRng r) => (r.NextDouble() + r.NextDouble() + r.NextDouble() - 1.5) * 0.04;

    private string NextId(int site)
    {
        var style = SiteStyle.All[site];
        var n = _siteNext[site];
        _siteNext[site] = n + 1 + (long)(SeedMix.Finalize((ulong)n) & 3);
        return style.Hex
            ? style.Prefix + n.ToString("x" + style.Digits.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture)
            : style.Prefix + n.ToString("D" + style.Digits.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
    }

    private string CityAsWritten(int city, bool french, ref HashRng r)
    {
        var name = _geo.Cities[city].Name;
        if (french)
        {
            if (name == "Montreal") name = "Montréal";
            else if (name == "Quebec City") name = "Québec";
            else if (name == "Trois-Rivieres") name = "Trois-Rivières";
        }
        var aliases = _cityAliases[city];
        if (aliases.Length > 0 && r.NextDouble() < 0.2) return aliases[r.Next(aliases.Length)];
        return name;
    }

    private (string[] Hashes, string[] Windows, string[] Ids, bool[] Cropped) Images(Actor a, Persona[] shown, int ordinal, ref HashRng r)
    {
        var count = 1;
        if (a.Unusual == UnusualKind.ImageHoarder) count = 6 + r.Next(5);
        else
        {
            for (var i = 0; i < 4; i++)
            {
                if (r.NextDouble() < 0.35) count++;
            }
        }
        var crops = _o.CroppedImageProbability > 0;
        var k = CropMatchOptions.DefaultWindows.Count;
        var hashes = new string[count];
        var windows = crops ? new string[count * k] : [];
        var ids = new string[count];
        var cropped = new bool[count];
        for (var i = 0; i < count; i++)
        {
            ulong photo;
            if (a.Type == ActorType.Spam)
            {
                photo = _plan.StockImages[a.StockImages![r.Next(a.StockImages.Length)]];
            }
            else
            {
                var p = shown.Length > 0 ? shown[i % shown.Length] : a.Personas[0];
                var pool = p.Images.Length > 0 ? p.Images : a.Personas[0].Images;
                photo = pool.Length > 0 ? pool[(i + r.Next(pool.Length)) % pool.Length] : SeedMix.Hash(a.Seed, 0x1A6);
            }
            ids[i] = "im_" + photo.ToString("x16", CultureInfo.InvariantCulture);
            // Crops draw from their own stream, so that a corpus without them is the same as before they existed.
            var cropKey = SeedMix.Hash(a.Seed, 0xC20, (ulong)ordinal, (ulong)i);
            cropped[i] = crops && SeedMix.Unit(cropKey) < _o.CroppedImageProbability;
            // A crop: the photo's window hash (the crop of that window) moved by 0–2 bits; the same crop each time an
            // actor posts it (one cropped file), with window hashes of its own.
            var window = (ulong)(SeedMix.Hash(cropKey, 1) % (ulong)k);
            var h = cropped[i] ? PhotoWindow(photo, window) ^ Flips(SeedMix.Hash(photo, 0xC21, window)) : photo;
            var mask = 0UL;
            if (r.NextDouble() < 0.15)
            {
                // A re-encoding: perceptual hashes move by a few bits.
                var flips = 1 + r.Next(3);
                for (var f = 0; f < flips; f++) mask ^= 1UL << r.Next(64);
            }
            h ^= mask;
            hashes[i] = h.ToString("x16", CultureInfo.InvariantCulture);
            for (var w = 0; crops && w < k; w++)
            {
                var wh = cropped[i] ? SeedMix.Hash(photo, 0xC22, window, (ulong)w) : PhotoWindow(photo, (ulong)w);
                windows[(i * k) + w] = (wh ^ mask).ToString("x16", CultureInfo.InvariantCulture);
            }
        }
        return (hashes, windows, ids, cropped);
    }

    /// <summary>The planted window hash <paramref name="window"/> of a photo (a fixed pseudo-random value).</summary>
    private static ulong PhotoWindow(ulong photo, ulong window) => SeedMix.Hash(photo, 0xC23, window);

    /// <summary>0, 1 or 2 bits set, chosen by <paramref name="key"/>.</summary>
    private static ulong Flips(ulong key)
    {
        var n = (int)(key % 3);
        var mask = 0UL;
        for (var f = 0; f < n; f++) mask ^= 1UL << (int)((key >> (8 + (8 * f))) & 63);
        return mask;
    }

    // ---------------- titles ----------------

    private string Title(Actor a, RenderedText text, int site, int titleVariant, Persona? lead, string cityText, bool away, string? alias)
    {
        var r = new HashRng(SeedMix.Hash(text.Key, (ulong)site, (ulong)titleVariant));
        var fr = a.French;
        string hook;
        switch (a.Type)
        {
            case ActorType.Spa:
                hook = fr ? "Spa " + a.Brand + " massage" : a.Brand + " Spa massage";
                break;
            case ActorType.Spam:
                hook = Pick(ref r, Lexicon.SpamTitles);
                break;
            case ActorType.Collective:
                hook = a.Brand + (fr ? " accompagnatrices" : " companions");
                break;
            default:
                hook = away || (a.SaysNewInTown && r.Next(2) == 0)
                    ? Pick(ref r, fr ? Lexicon.MoveHookFr : Lexicon.MoveHookEn)
                    : Pick(ref r, fr ? Lexicon.HookFr : Lexicon.HookEn);
                break;
        }
        var name = alias ?? text.Alias ?? lead?.Name ?? "";
        var emoji = Pick(ref r, Lexicon.Emojis);
        var age = lead?.Age.ToString(CultureInfo.InvariantCulture) ?? "";
        var title = site switch
        {
            0 => name.Length > 0 ? $"{name} - {hook} - {cityText}" : $"{hook} - {cityText}",
            1 => $"{emoji} {hook.ToUpperInvariant()} {name.ToUpperInvariant()} {emoji}".Replace("  ", " ", StringComparison.Ordinal),
            2 => a.Type is ActorType.Independent or ActorType.Organized ? $"{hook} {name}, {age} | {cityText}" : $"{hook} | {cityText}",
            3 => name.Length > 0 ? $"{name} ✨ {hook} ✨ {cityText}" : $"✨ {hook} ✨ {cityText}",
            _ => $"[{cityText}] {hook}",
        };
        if (text.TitleTail is not null) title += (fr ? " appelle " : " call ") + text.TitleTail;
        return title;
    }

    // ---------------- bodies ----------------

    private RenderedText Cached(ulong key, Actor a, in AdSpec spec, int part, int variant, int city, long phone)
    {
        var slot = (int)(key >> (64 - CacheBits));
        var hit = _cache[slot];
        if (hit is not null && hit.Key == key) return hit;
        var rendered = a.Type switch
        {
            ActorType.Independent => RenderIndependent(key, a, part, variant, city),
            ActorType.Organized => RenderOrganized(key, a, part, variant, city, phone),
            ActorType.Spam => RenderSpam(key, a, part, phone),
            _ => RenderRoster(key, a, spec.Day, variant, phone),
        };
        _cache[slot] = rendered;
        return rendered;
    }

    private RenderedText RenderIndependent(ulong key, Actor a, int baseIndex, int variant, int moveCity)
    {
        var fr = a.French;
        var br = SeedMix.Random(SeedMix.Hash(a.Seed, 0xB0, (ulong)baseIndex));
        var persona = a.Personas[0];
        var alias = baseIndex == 1 && a.BaseTexts == 2 ? a.Alias : null;
        var slots = new Slots(alias ?? persona.Name, persona.Age, EthnicityText(persona, fr), CityName(a.Home, fr), a.Price,
            Pick(br, fr ? Lexicon.AreaFr : Lexicon.AreaEn), Pick(br, fr ? Lexicon.AdjFr : Lexicon.AdjEn), null, null, null);
        var s = _sentences;
        s.Clear();
        var open = Pick(br, fr ? Lexicon.IndOpenFr : Lexicon.IndOpenEn);
        var self = Pick(br, fr ? Lexicon.IndSelfFr : Lexicon.IndSelfEn);
        var vibe = Pick(br, fr ? Lexicon.IndVibeFr : Lexicon.IndVibeEn);
        var place = PlaceLine(br, a, fr);
        var when = Pick(br, fr ? Lexicon.IndWhenFr : Lexicon.IndWhenEn);
        var rate = Pick(br, fr ? Lexicon.IndRateFr : Lexicon.IndRateEn);
        var close = Pick(br, fr ? Lexicon.IndCloseFr : Lexicon.IndCloseEn);
        var newInTown = Pick(br, fr ? Lexicon.NewInTownFr : Lexicon.NewInTownEn);
        if (variant > 0)
        {
            // A small edit: the availability line and perhaps the sign-off change; the rest is pasted as before.
            var er = SeedMix.Random(SeedMix.Hash(a.Seed, 0xED, (ulong)baseIndex, (ulong)variant));
            when = Pick(er, fr ? Lexicon.IndWhenFr : Lexicon.IndWhenEn);
            if (er.Next(2) == 0) close = Pick(er, fr ? Lexicon.IndCloseFr : Lexicon.IndCloseEn) + " " + Pick(er, Lexicon.Emojis);
        }
        s.Add(open);
        if (moveCity >= 0)
        {
            var mr = SeedMix.Random(SeedMix.Hash(a.Seed, 0x40E, (ulong)moveCity));
            s.Add(Fill(Pick(mr, fr ? Lexicon.MoveFr : Lexicon.MoveEn), slots with { City = CityName(moveCity, fr) }));
        }
        else if (moveCity == -2)
        {
            s.Add(Pick(SeedMix.Random(SeedMix.Hash(a.Seed, 0x40F, (ulong)baseIndex)), fr ? Lexicon.MoveGenericFr : Lexicon.MoveGenericEn));
        }
        else if (a.SaysNewInTown)
        {
            s.Add(newInTown);
        }
        s.Add(Fill(self, slots));
        s.Add(vibe);
        s.Add(Fill(place, moveCity >= 0 ? slots with { Area = fr ? "à " + CityName(moveCity, fr) : "in " + CityName(moveCity, fr) } : slots));
        s.Add(when);
        s.Add(Fill(rate, slots));
        var rt = new RenderedText(key);
        AddContacts(br, a, a.Phone, fr, fr ? ContactFr : ContactEn, persona.Name, ContactText.Slug(persona.Name), 0.08, false, rt);
        s.Add(close);
        rt.Body = Join(a.Site, br);
        rt.Alias = alias;
        return rt;
    }

    private RenderedText RenderOrganized(ulong key, Actor a, int personaIndex, int variant, int city, long phone)
    {
        var fr = a.French;
        // The template: fixed choices shared by every ad of the actor; only the slots and one optional line vary.
        var tr = SeedMix.Random(SeedMix.Hash(a.Seed, 0x7E));
        var we = a.ThirdPerson;
        // Half the templates name the current city in the text; the others leave it to the site's city field.
        var intro = city >= 0
            ? Pick(tr, we ? (fr ? Lexicon.OrgIntroWeFr : Lexicon.OrgIntroWe) : (fr ? Lexicon.OrgIntroIFr : Lexicon.OrgIntroI))
            : Pick(tr, we ? (fr ? Lexicon.OrgIntroWeNoCityFr : Lexicon.OrgIntroWeNoCity) : (fr ? Lexicon.OrgIntroINoCityFr : Lexicon.OrgIntroINoCity));
        var bodyBank = we ? (fr ? Lexicon.OrgBodyWeFr : Lexicon.OrgBodyWe) : (fr ? Lexicon.OrgBodyIFr : Lexicon.OrgBodyI);
        var b1 = tr.Next(bodyBank.Length);
        var b2 = (b1 + 1 + tr.Next(bodyBank.Length - 1)) % bodyBank.Length;
        var place = a.IncallOnly ? Pick(tr, fr ? Lexicon.OrgIncallOnlyFr : Lexicon.OrgIncallOnly) : Pick(tr, fr ? Lexicon.OrgPlaceFr : Lexicon.OrgPlace);
        var rate = Pick(tr, fr ? Lexicon.OrgRateFr : Lexicon.OrgRate);
        var area = Pick(tr, fr ? Lexicon.AreaFr : Lexicon.AreaEn);
        var adj = Pick(tr, fr ? Lexicon.AdjFr : Lexicon.AdjEn);
        var contacts = we ? (fr ? ContactFr : ContactWe) : (fr ? ContactFr : ContactEn);
        if (variant > 0) b2 = (b2 + 1) % bodyBank.Length == b1 ? (b2 + 2) % bodyBank.Length : (b2 + 1) % bodyBank.Length;
        var p = a.Personas[personaIndex];
        var slots = new Slots(p.Name, p.Age, EthnicityText(p, fr), city >= 0 ? CityName(city, fr) : "", a.Price, area, adj, null, null, null);
        var s = _sentences;
        s.Clear();
        s.Add(Fill(intro, slots));
        s.Add(Fill(bodyBank[b1], slots));
        s.Add(Fill(bodyBank[b2], slots));
        s.Add(Fill(place, slots));
        s.Add(Fill(rate, slots));
        var kr = SeedMix.Random(key);
        var rt = new RenderedText(key);
        AddContacts(kr, a, phone, fr, contacts, p.Name, ContactText.Slug(p.Name) + "vip", 0.1, false, rt);
        rt.Body = Join(a.Site, tr);
        return rt;
    }

    private RenderedText RenderSpam(ulong key, Actor a, int phoneIndex, long phone)
    {
        var r = SeedMix.Random(key);
        var scripts = Lexicon.SpamScriptsEn.Length;
        var script = a.SpamTemplate < scripts ? Lexicon.SpamScriptsEn[a.SpamTemplate] : Lexicon.SpamScriptsFr[a.SpamTemplate - scripts];
        var p = a.Personas[phoneIndex];
        var slots = new Slots(p.Name, p.Age, null, "", a.Price, "", "", null, null, null);
        var s = _sentences;
        s.Clear();
        s.Add(Fill(script, slots));
        var rt = new RenderedText(key);
        AddContacts(r, a, phone, a.French, a.French ? ContactFr : ContactEn, p.Name, ContactText.Slug(p.Name) + "dates", 0.6, true, rt);
        rt.Body = Join(1, r);
        return rt;
    }

    private RenderedText RenderRoster(ulong key, Actor a, int day, int variant, long phone)
    {
        var fr = a.French;
        var spa = a.Type == ActorType.Spa;
        var fixedChoices = SeedMix.Random(SeedMix.Hash(a.Seed, 0xC0));
        var roster = Roster(a, day);
        var names = new StringBuilder();
        for (var i = 0; i < roster.Length; i++)
        {
            if (i > 0) names.Append(i == roster.Length - 1 ? (fr ? " et " : " and ") : ", ");
            names.Append(roster[i].Name);
        }
        var slots = new Slots("", 0, null, CityName(a.Home, fr), a.Price, Pick(fixedChoices, fr ? Lexicon.AreaFr : Lexicon.AreaEn), "", a.Brand, names.ToString(), a.Address);
        var s = _sentences;
        s.Clear();
        if (spa)
        {
            var bank = fr ? Lexicon.SpaBodyFr : Lexicon.SpaBodyEn;
            s.Add(Fill(bank[0], slots));
            var lines = 3 + fixedChoices.Next(3);
            for (var i = 0; i < lines; i++)
            {
                var line = bank[1 + ((i + fixedChoices.Next(bank.Length - 1)) % (bank.Length - 1))];
                if (!s.Contains(line)) s.Add(Fill(line, slots));
            }
            var today = Fill(bank[Array.FindIndex(bank, x => x.Contains("{roster}", StringComparison.Ordinal))], slots);
            if (!s.Contains(today)) s.Add(today);
        }
        else
        {
            s.Add(Fill(Pick(fixedChoices, fr ? Lexicon.CollIntroFr : Lexicon.CollIntroEn), slots));
            var bank = fr ? Lexicon.CollBodyFr : Lexicon.CollBodyEn;
            var first = fixedChoices.Next(bank.Length);
            s.Add(bank[first]);
            s.Add(bank[(first + 1 + fixedChoices.Next(bank.Length - 1)) % bank.Length]);
        }
        if (variant > 0)
        {
            var er = SeedMix.Random(SeedMix.Hash(a.Seed, 0xED, (ulong)variant));
            s.Add(Pick(er, fr ? Lexicon.IndWhenFr : Lexicon.IndWhenEn));
        }
        var kr = SeedMix.Random(key);
        var rt = new RenderedText(key);
        var slug = ContactText.Slug(a.Brand ?? "agency") + (spa ? "spa" : "");
        AddContacts(kr, a, phone, fr, fr ? ContactFr : ContactWe, ContactText.Slug(a.Brand ?? "info"), slug, spa ? 0.6 : 1.0, false, rt);
        rt.Body = Join(a.Site, fixedChoices);
        return rt;
    }

    /// <summary>Adds the contact sentences (phone, e-mail, handle, URL) with the type's presence and obfuscation rates.</summary>
    private void AddContacts(Random r, Actor a, long phone, bool fr, string[] phoneLines, string name, string slug, double urlProbability, bool invalidUrl, RenderedText rt)
    {
        var s = _sentences;
        var ops = new List<string>(2);
        if (phone != 0 && r.NextDouble() < _o.PhoneProbability)
        {
            var obfuscate = r.NextDouble() < _o.ObfuscationOf(a.Type);
            var line = phoneLines[r.Next(phoneLines.Length)];
            var phoneText = ContactText.Phone(phone, r, obfuscate, fr, a.Price, allowSplit: true, ops, out var tail);
            rt.Phone = phone;
            if (tail is not null)
            {
                rt.TitleTail = tail;
                s.Insert(0, phoneText);
            }
            else if (ops.Contains(ObfuscationOps.Glued))
            {
                s.Add(phoneText);
            }
            else
            {
                s.Add(line.Replace("{p}", phoneText, StringComparison.Ordinal));
            }
        }
        rt.Ops = ops.Count == 0 ? [] : [.. ObfuscationOps.All.Where(ops.Contains)];
        if (r.NextDouble() < _o.EmailProbability)
        {
            var (address, text) = ContactText.Email(name, SeedMix.Hash(a.Seed, 0xE4A1), a.Index);
            rt.Email = address;
            s.Add((fr ? "Courriel: " : "Email: ") + text);
        }
        if (r.NextDouble() < _o.HandleProbability)
        {
            var (handle, text) = ContactText.Handle(name, SeedMix.Hash(a.Seed, 0x4A4D), a.Index);
            rt.Handle = handle;
            s.Add(text);
        }
        if (r.NextDouble() < urlProbability)
        {
            var url = ContactText.Url(slug, SeedMix.Hash(a.Seed, 0x0421), invalidUrl);
            rt.Url = url;
            s.Add((fr ? "Plus d'infos: " : "More info: ") + url);
        }
    }

    private string Join(int site, Random r)
    {
        var sb = _sb;
        sb.Clear();
        var s = _sentences;
        for (var i = 0; i < s.Count; i++)
        {
            if (i > 0)
            {
                switch (site)
                {
                    case 1: sb.Append('\n').Append(Lexicon.Emojis[(i + r.Next(2)) % Lexicon.Emojis.Length]).Append(' '); break;
                    case 2: sb.Append(" | "); break;
                    case 3: sb.Append('\n'); break;
                    case 4: sb.Append(" ~ "); break;
                    default: sb.Append(' '); break;
                }
            }
            sb.Append(s[i]);
        }
        return sb.ToString();
    }

    private static string PlaceLine(Random r, Actor a, bool fr)
    {
        var bank = fr ? Lexicon.IndPlaceFr : Lexicon.IndPlaceEn;
        // Banks list: incall, outcall, both, incall (second wording).
        var index = a.Incall && a.Outcall ? 2 : a.Incall ? (r.Next(2) == 0 ? 0 : 3) : 1;
        return bank[index];
    }

    private string CityName(int city, bool fr)
    {
        var name = _geo.Cities[city].Name;
        return fr && name == "Montreal" ? "Montréal" : fr && name == "Quebec City" ? "Québec" : name;
    }

    private static string? EthnicityText(Persona p, bool fr) =>
        p.Ethnicity < 0 ? null : fr ? Lexicon.EthnicityFr[p.Ethnicity % Lexicon.EthnicityFr.Length] : Lexicon.EthnicityEn[p.Ethnicity];

    private static string Pick(Random r, string[] bank) => bank[r.Next(bank.Length)];

    private static string Pick(ref HashRng r, string[] bank) => bank[r.Next(bank.Length)];

    /// <summary>Replaces the <c>{slot}</c> tokens of a phrase.</summary>
    private static string Fill(string pattern, in Slots slots)
    {
        if (!pattern.Contains('{', StringComparison.Ordinal)) return pattern;
        var sb = new StringBuilder(pattern.Length + 32);
        for (var i = 0; i < pattern.Length; i++)
        {
            var ch = pattern[i];
            if (ch != '{')
            {
                sb.Append(ch);
                continue;
            }
            var end = pattern.IndexOf('}', i);
            var token = pattern.AsSpan(i + 1, end - i - 1);
            switch (token)
            {
                case "name": sb.Append(slots.Name); break;
                case "age": sb.Append(slots.Age.ToString(CultureInfo.InvariantCulture)); break;
                case "eth": sb.Append(slots.Ethnicity ?? "friendly"); break;
                case "city": sb.Append(slots.City); break;
                case "price": sb.Append(slots.Price.ToString(CultureInfo.InvariantCulture)); break;
                case "half": sb.Append((10 * (int)Math.Round(slots.Price * 0.065)).ToString(CultureInfo.InvariantCulture)); break;
                case "area": sb.Append(slots.Area); break;
                case "adj": sb.Append(slots.Adjective); break;
                case "agency": sb.Append(slots.Agency); break;
                case "roster": sb.Append(slots.Roster); break;
                case "address": sb.Append(slots.Address); break;
                default: sb.Append('{').Append(token).Append('}'); break;
            }
            i = end;
        }
        return sb.ToString();
    }

    private readonly record struct Slots(string Name, int Age, string? Ethnicity, string City, int Price, string Area, string Adjective, string? Agency, string? Roster, string? Address);
}

/// <summary>A rendered body with the contacts it carries; immutable once cached.</summary>
internal sealed class RenderedText(ulong key)
{
    public ulong Key { get; } = key;
    public string Body { get; set; } = "";
    public string? TitleTail { get; set; }
    public string? Alias { get; set; }
    public long Phone { get; set; }
    public string? Email { get; set; }
    public string? Handle { get; set; }
    public string? Url { get; set; }
    public string[] Ops { get; set; } = [];
}
