namespace Workbench.Synthetic;

/// <summary>
/// Phrase banks of the synthetic ads, per actor type and language (English, and French for Quebec). Deliberately
/// non-graphic and professional: the corpus must exercise detectors, not reproduce explicit content. Movement
/// language, "new in town", third-person "we"/"our girls", "incall only", spa vocabulary and deposit text appear at the
/// rates the specification gives, because naive keyword rules fire on exactly these phrases.
/// </summary>
/// <remarks>
/// Slots: <c>{name}</c>, <c>{age}</c>, <c>{eth}</c>, <c>{city}</c>, <c>{price}</c>, <c>{half}</c>, <c>{area}</c>,
/// <c>{adj}</c>, <c>{agency}</c>, <c>{roster}</c>, <c>{address}</c>.
/// </remarks>
internal static class Lexicon
{
    public static readonly string[] Names =
    [
        "Sasha", "Mia", "Chloe", "Jade", "Amber", "Bella", "Sophie", "Lily", "Ava", "Emma", "Nina", "Luna", "Ruby", "Kayla",
        "Jasmine", "Naomi", "Tiffany", "Crystal", "Destiny", "Scarlett", "Vanessa", "Alexis", "Brooke", "Candy", "Daisy",
        "Eva", "Gigi", "Holly", "Ivy", "Jenna", "Kiki", "Layla", "Maya", "Nikki", "Olivia", "Paris", "Rosie", "Sierra",
        "Tara", "Valentina", "Willow", "Zoe", "Aria", "Bianca", "Cleo", "Dahlia", "Elena", "Fiona", "Gabriella", "Hailey",
        "Isabella", "Julia", "Kendra", "Lola", "Monica", "Natalia", "Paige", "Raven", "Stella", "Tessa", "Victoria", "Yasmin",
        "Amelie", "Brigitte", "Camille", "Delphine", "Elodie", "Florence", "Genevieve", "Helene", "Isabelle", "Josiane",
        "Karine", "Laurence", "Manon", "Noemie", "Oceane", "Patricia", "Rosalie", "Sabrina", "Valerie", "Yasmine", "Zara",
        "Mila", "Leah", "Kim", "Anna", "Jessica", "Ashley", "Diamond", "Angel", "Star", "Honey", "Misty", "Serena", "Carmen",
        "Lucia", "Mei", "Lin", "Yuki", "Priya", "Aisha", "Leila", "Dani", "Jordan", "Taylor", "Riley", "Morgan",
    ];

    public static readonly string[] AdjEn =
    [
        "friendly", "sweet", "classy", "bubbly", "down-to-earth", "elegant", "fun", "warm", "upscale", "laid-back",
        "petite", "curvy", "tall", "athletic", "sophisticated", "charming", "easy-going", "playful", "refined", "gentle",
    ];

    public static readonly string[] AdjFr =
    [
        "douce", "charmante", "élégante", "pétillante", "naturelle", "sympathique", "raffinée", "attentionnée", "souriante",
        "chaleureuse", "joyeuse",
    ];

    public static readonly string[] EthnicityEn = ["Caucasian", "Latina", "Asian", "Black", "Middle Eastern", "Mixed", "South Asian", "European", "Indigenous"];
    public static readonly string[] EthnicityFr = ["Caucasienne", "Latina", "Asiatique", "Noire", "Moyen-Orientale", "Métisse", "Européenne", "Autochtone"];

    // ---- independents ----
    public static readonly string[] IndOpenEn =
    [
        "Hi gentlemen!", "Hello there,", "Hey guys,", "Welcome!", "Good evening,", "Hi, thanks for stopping by.",
        "Looking for great company?", "Let me make your day better.", "Hello and welcome to my ad.", "Hi there, handsome.",
    ];
    public static readonly string[] IndSelfEn =
    [
        "I'm {name}, a {adj} {age}-year-old companion.", "My name is {name} and I'm {age}.", "{name} here, {adj} and easy to talk to.",
        "I'm {name}: {adj}, independent and always on time.", "I'm {name}, {age}, {eth}, and genuinely {adj}.",
        "Call me {name}. I'm a {adj} independent lady.", "{name}, {age} years young and {adj}.",
        "I'm {name}, a young {eth} companion, {age}.", "{name}: {age}, {eth}, {adj}.", "Hi, I'm {name}, {age}, petite and {adj}.",
    ];
    public static readonly string[] IndVibeEn =
    [
        "I offer a relaxed, no-rush experience.", "Great conversation and genuine company.", "Discreet, respectful and clean.",
        "Perfect for dinner dates or a quiet evening.", "I treat every date with respect and expect the same.",
        "Mature gentlemen preferred.", "Respectful clients only, please.", "I love meeting new people and making them smile.",
        "Your privacy is my priority.", "Clean, safe and discreet location.", "I am independent and work on my own terms.",
        "Fresh, fun and easy-going.", "Young at heart and always smiling.",
    ];
    public static readonly string[] IndPlaceEn =
    [
        "Incall in a clean private apartment {area}.", "Outcall to hotels and homes {area}.", "Incall and outcall {area}.",
        "Private incall {area}, easy parking.", "Outcall only, hotels {area}.",
    ];
    public static readonly string[] IndWhenEn =
    [
        "Available now!", "Available today until late.", "Same-day bookings, please give 30 minutes notice.", "Available most evenings.",
        "Booking ahead is appreciated.", "Available weekdays and weekends.", "New pics, available this week.",
    ];
    public static readonly string[] IndRateEn = ["${price}/hr, ${half}/30min.", "Rates: {half} half hour, {price} full hour.", "{price} roses/hr.", "${price} per hour, no rushing.", "Hourly: ${price}."];
    public static readonly string[] IndCloseEn = ["See you soon!", "xoxo", "Kisses,", "Can't wait to meet you.", "No explicit texts please.", "Screening may apply.", "No private numbers.", "Thank you for reading."];
    public static readonly string[] MoveEn =
    [
        "Visiting {city} for a few days only!", "Just arrived in {city}!", "New in town: in {city} until Sunday.", "Last days in {city}, book early.",
        "On tour: {city} this week only.", "Here in {city} for a limited time.",
    ];
    public static readonly string[] MoveGenericEn =
    [
        "New in town for a few days only!", "Visiting this week only, book early.", "On tour: limited time in town.",
        "Just arrived, here for a few days.", "Touring, last days in town!",
    ];
    public static readonly string[] MoveGenericFr = ["De passage pour quelques jours seulement!", "Nouvelle en ville cette semaine!", "En tournée, derniers jours en ville!"];
    public static readonly string[] NewInTownEn = ["New in town!", "Just arrived!", "New to the area!"];

    public static readonly string[] IndOpenFr = ["Bonjour messieurs!", "Salut!", "Bienvenue!", "Bonsoir,", "Envie d'une belle compagnie?", "Bonjour à tous,", "Coucou!"];
    public static readonly string[] IndSelfFr =
    [
        "Je m'appelle {name}, {age} ans, {adj} et souriante.", "Moi c'est {name}, {adj} et discrète.", "{name}, {age} ans, {adj} et pleine de vie.",
        "Je suis {name}, une femme {adj} et indépendante.", "{name} ici, {age} ans, {eth}, toujours ponctuelle.",
        "Jeune femme {adj} de {age} ans, {name}.", "{name}, {age} ans, {eth}, petite et {adj}.",
    ];
    public static readonly string[] IndVibeFr =
    [
        "Rencontre sans stress, dans le respect.", "Discrétion assurée.", "Parfaite pour un souper ou une soirée tranquille.",
        "Messieurs respectueux seulement.", "Conversation agréable et bonne humeur garanties.", "Endroit propre et sécuritaire.",
        "Je travaille à mon compte, à mon rythme.",
    ];
    public static readonly string[] IndPlaceFr = ["Incall dans un appartement propre et privé {area}.", "Outcall à l'hôtel ou à domicile {area}.", "Incall et outcall {area}.", "Incall privé {area}, stationnement facile."];
    public static readonly string[] IndWhenFr = ["Disponible maintenant!", "Disponible aujourd'hui jusqu'à tard.", "Réservation le jour même, 30 minutes d'avance svp.", "Disponible la plupart des soirs."];
    public static readonly string[] IndRateFr = ["{price}$ / 1h, {half}$ / 30 min.", "Tarifs: {half}$ la demi-heure, {price}$ l'heure.", "{price}$ de l'heure, sans presse."];
    public static readonly string[] IndCloseFr = ["À bientôt!", "Bisous", "Au plaisir de te rencontrer.", "Pas de numéros masqués.", "Merci de votre respect."];
    public static readonly string[] MoveFr =
    [
        "De passage à {city} pour quelques jours seulement!", "Juste arrivée à {city}!", "Nouvelle en ville: à {city} jusqu'à dimanche.",
        "Derniers jours à {city}, réservez tôt.", "En tournée: {city} cette semaine seulement.",
    ];
    public static readonly string[] NewInTownFr = ["Nouvelle en ville!", "Juste arrivée!", "Nouvelle dans le coin!"];

    // ---- organized templates: first person, or third person / "we" ----
    public static readonly string[] OrgIntroWe =
    [
        "New girl in town! {name}, {age}, {eth}, available now in {city}.", "We have a new girl this week: {name}, {age}, {eth}, in {city}.",
        "Meet {name}, {age}, {eth}, visiting {city} for a few days.", "{name} is here in {city}: {age}, {eth}, {adj}.",
    ];
    public static readonly string[] OrgIntroI =
    [
        "Hi, I'm {name}, {age}, {eth}, new in {city}!", "Hello, {name} here, {age}, {eth}, just arrived in {city}.",
        "I'm {name}, {age}, {adj} {eth} girl, visiting {city}.",
    ];
    public static readonly string[] OrgIntroWeNoCity =
    [
        "New girl this week! {name}, {age}, {eth}, available now.", "We have a new girl: {name}, {age}, {eth}, {adj}.",
        "Meet {name}, {age}, {eth}, here for a few days only.",
    ];
    public static readonly string[] OrgIntroINoCity = ["Hi, I'm {name}, {age}, {eth}, new in town!", "Hello, {name} here, {age}, {adj} {eth} girl, just arrived."];
    public static readonly string[] OrgIntroWeNoCityFr = ["Nouvelle fille en ville! {name}, {age} ans, {eth}, disponible maintenant.", "Cette semaine: {name}, {age} ans, {eth}, {adj}."];
    public static readonly string[] OrgIntroINoCityFr = ["Salut, moi c'est {name}, {age} ans, {eth}, nouvelle en ville!", "{name}, {age} ans, {adj}, de passage pour quelques jours."];
    public static readonly string[] OrgBodyWe =
    [
        "Our girls are friendly, discreet and ready to meet you.", "We are a professional service with new girls every week.",
        "She is {adj} and loves to have fun.", "All our girls are real and the pictures are recent.", "We answer fast, text us anytime.",
    ];
    public static readonly string[] OrgBodyI =
    [
        "I am {adj} and I love to have fun.", "My pictures are real and recent.", "I answer fast, text me anytime.",
        "Come see me before I leave town.", "I am friendly, discreet and ready to meet you.",
    ];
    public static readonly string[] OrgIncallOnly = ["Incall only, {area}.", "Incall only. No outcall.", "INCALL ONLY {area}."];
    public static readonly string[] OrgPlace = ["Incall and outcall {area}.", "Hotel incall {area}, outcall available.", "Incall {area}."];
    public static readonly string[] OrgRate = ["Specials: ${half} QV, ${price} hour.", "${price}/hr, short visits ${half}.", "Rates {half}/{price}."];

    public static readonly string[] OrgIntroWeFr = ["Nouvelle fille en ville! {name}, {age} ans, {eth}, disponible maintenant à {city}.", "Cette semaine: {name}, {age} ans, {eth}, à {city}."];
    public static readonly string[] OrgIntroIFr = ["Salut, moi c'est {name}, {age} ans, {eth}, nouvelle à {city}!", "{name}, {age} ans, {adj}, de passage à {city}."];
    public static readonly string[] OrgBodyWeFr = ["Nos filles sont gentilles, discrètes et prêtes à vous rencontrer.", "Service professionnel, nouvelles filles chaque semaine.", "Elle est {adj} et aime s'amuser."];
    public static readonly string[] OrgBodyIFr = ["Je suis {adj} et j'aime m'amuser.", "Mes photos sont vraies et récentes.", "Je réponds vite, texte-moi."];
    public static readonly string[] OrgIncallOnlyFr = ["Incall seulement, {area}.", "INCALL SEULEMENT {area}."];
    public static readonly string[] OrgPlaceFr = ["Incall et outcall {area}.", "Incall à l'hôtel {area}."];
    public static readonly string[] OrgRateFr = ["Spécial: {half}$ la demi-heure, {price}$ l'heure.", "{price}$/h, courtes visites {half}$."];

    // ---- collectives / agencies ----
    public static readonly string[] AgencyWords1 = ["Velvet", "Golden", "Royal", "Silver", "Diamond", "Maple", "Elite", "Crystal", "Ivory", "Scarlet", "Northern", "Midnight"];
    public static readonly string[] AgencyWords2 = ["Rose", "Companions", "Angels", "Society", "Club", "Lounge", "Agency", "Dreams", "Elegance", "Muses"];
    public static readonly string[] CollIntroEn =
    [
        "{agency}: meet our ladies {roster}.", "{agency} presents {roster}.", "Welcome to {agency}. Available today: {roster}.",
        "{agency}, upscale companions in {city}: {roster}.",
    ];
    public static readonly string[] CollBodyEn =
    [
        "Independent adult companions who set their own schedule.", "Discreet service since 2015.", "Dinner dates, events and travel companions.",
        "Professional, punctual and discreet.", "Verified photos on our website.", "Open late, seven days a week.",
    ];
    public static readonly string[] CollIntroFr = ["{agency}: découvrez nos demoiselles {roster}.", "{agency} présente {roster}.", "Bienvenue chez {agency}. Aujourd'hui: {roster}."];
    public static readonly string[] CollBodyFr = ["Accompagnatrices adultes indépendantes.", "Service discret depuis 2015.", "Soupers, événements et voyages.", "Photos vérifiées sur notre site."];

    // ---- spam and scams: deposits, gift cards, invalid links ----
    public static readonly string[] SpamScriptsEn =
    [
        "REAL GIRLS REAL PHOTOS! New girls daily in every city. Small deposit required to confirm your booking (gift card or e-transfer).",
        "Hi I'm {name}, verification required before we meet: send a $50 gift card code to confirm.",
        "CHEAP SPECIALS TODAY ONLY. {name} available 24/7. Deposit via Apple or Amazon gift card to book.",
        "Looking for fun tonight? {name} is waiting. No deposit, no meeting. E-transfer deposit of $100 secures your spot.",
        "Top rated girls, all cities, outcall 30 min. Pay a small booking fee with a Steam or Google Play card.",
        "{name} here! I only meet verified gentlemen. Verification fee $40 by gift card, refunded at the meeting.",
        "Hot deals this week in ALL cities! Book online, pay the deposit, and {name} comes to you.",
        "Escort booking service: pay a refundable security deposit first. Fast replies. {name} and friends.",
    ];
    public static readonly string[] SpamScriptsFr =
    [
        "VRAIES FILLES VRAIES PHOTOS! Nouvelles filles chaque jour. Dépôt requis par carte-cadeau pour confirmer.",
        "Salut c'est {name}, vérification obligatoire: envoie une carte-cadeau de 50$ pour confirmer le rendez-vous.",
        "SPÉCIAL AUJOURD'HUI SEULEMENT. {name} disponible 24/7. Dépôt par virement Interac pour réserver.",
    ];
    public static readonly string[] SpamTitles = ["NEW GIRLS ALL CITIES", "SPECIALS TODAY ONLY", "REAL PHOTOS 100%", "AVAILABLE 24/7", "TOP RATED GIRLS", "BOOK NOW"];

    // ---- spas ----
    public static readonly string[] SpaWords = ["Lotus", "Harmony", "Zen", "Bamboo", "Serenity", "Jade", "Orchid", "Oasis", "Blossom", "Tranquil", "Pearl", "Sakura"];
    public static readonly string[] SpaStreets = ["Yonge St", "Main St", "King St W", "Queen St E", "Boul. Saint-Laurent", "Rue Sainte-Catherine", "17 Ave SW", "Jasper Ave", "Granville St", "Portage Ave", "Bank St", "Dundas St"];
    public static readonly string[] SpaBodyEn =
    [
        "{agency} Spa: relaxing massage by professional attendants.", "Clean private rooms, shower available.", "Located at {address}, free parking.",
        "Open 10am to 10pm, seven days a week.", "Today: {roster}.", "Walk-ins welcome, appointments preferred.", "Swedish, deep tissue and hot stone massage.",
        "Body rub and relaxation, professional staff only.", "New staff this week.",
    ];
    public static readonly string[] SpaBodyFr =
    [
        "Spa {agency}: massage relaxant par des préposées professionnelles.", "Salles privées propres, douche disponible.", "Situé au {address}, stationnement gratuit.",
        "Ouvert 7 jours, de 10h à 22h.", "Aujourd'hui: {roster}.", "Sans rendez-vous bienvenus.", "Massage suédois, pierres chaudes et détente.",
    ];

    // ---- titles ----
    public static readonly string[] HookEn =
    [
        "Sweet and classy", "Available now", "Your perfect date", "Upscale companion", "Friendly and discreet", "Incall special",
        "Real and genuine", "Unforgettable company", "Treat yourself", "Relax with me", "Classy and fun", "Good vibes only",
    ];
    public static readonly string[] HookFr =
    [
        "Disponible maintenant", "Douce et discrète", "Compagnie raffinée", "Belle soirée", "Rencontre agréable", "Naturelle et souriante",
    ];
    public static readonly string[] MoveHookEn = ["New in town", "Last days", "Visiting", "On tour", "Just arrived"];
    public static readonly string[] MoveHookFr = ["Nouvelle en ville", "Derniers jours", "De passage", "Juste arrivée"];
    public static readonly string[] Emojis = ["💋", "✨", "🌹", "💕", "🔥", "😘", "💎", "🍒"];

    // ---- places inside a city ----
    public static readonly string[] AreaEn = ["downtown", "near the airport", "in the west end", "uptown", "near the highway", "in a quiet area", "close to the mall", "midtown"];
    public static readonly string[] AreaFr = ["au centre-ville", "près de l'aéroport", "dans un quartier tranquille", "près du métro", "près de l'autoroute"];
}
