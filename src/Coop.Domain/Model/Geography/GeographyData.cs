namespace Coop.Domain.Model.Geography;

/// <summary>
/// The reference data behind <see cref="IranGeography"/>, compiled by the project.
/// </summary>
/// <remarks>
/// Provinces: the 31 provinces with the ISO 3166-2:IR numeric codes (00 Markazi … 30 Alborz, the
/// Statistical Centre of Iran's order). Counties of Mazandaran: the 22 counties of the 2016 census
/// divisions (Wikipedia, "Mazandaran province", counties = 22). Counties reported as separated later
/// (for example Kiasar from Sari) are not included until verified; when added they get new codes and
/// no existing code changes. Names follow common usage, with Farsi ی/ک and ZWNJ where Persian writes one;
/// English aliases cover frequent alternative spellings.
/// </remarks>
internal static class GeographyData
{
    internal static readonly (string Code, string Persian, string English)[] Provinces =
    [
        ("00", "مرکزی", "Markazi"),
        ("01", "گیلان", "Gilan"),
        ("02", "مازندران", "Mazandaran"),
        ("03", "آذربایجان شرقی", "East Azerbaijan"),
        ("04", "آذربایجان غربی", "West Azerbaijan"),
        ("05", "کرمانشاه", "Kermanshah"),
        ("06", "خوزستان", "Khuzestan"),
        ("07", "فارس", "Fars"),
        ("08", "کرمان", "Kerman"),
        ("09", "خراسان رضوی", "Razavi Khorasan"),
        ("10", "اصفهان", "Isfahan"),
        ("11", "سیستان و بلوچستان", "Sistan and Baluchestan"),
        ("12", "کردستان", "Kurdistan"),
        ("13", "همدان", "Hamadan"),
        ("14", "چهارمحال و بختیاری", "Chaharmahal and Bakhtiari"),
        ("15", "لرستان", "Lorestan"),
        ("16", "ایلام", "Ilam"),
        ("17", "کهگیلویه و بویراحمد", "Kohgiluyeh and Boyer-Ahmad"),
        ("18", "بوشهر", "Bushehr"),
        ("19", "زنجان", "Zanjan"),
        ("20", "سمنان", "Semnan"),
        ("21", "یزد", "Yazd"),
        ("22", "هرمزگان", "Hormozgan"),
        ("23", "تهران", "Tehran"),
        ("24", "اردبیل", "Ardabil"),
        ("25", "قم", "Qom"),
        ("26", "قزوین", "Qazvin"),
        ("27", "گلستان", "Golestan"),
        ("28", "خراسان شمالی", "North Khorasan"),
        ("29", "خراسان جنوبی", "South Khorasan"),
        ("30", "البرز", "Alborz"),
    ];

    internal static readonly (string Code, string Persian, string English, string[] Aliases)[] Counties =
    [
        ("02-ABBASABAD", "عباس\u200Cآباد", "Abbasabad", []),
        ("02-AMOL", "آمل", "Amol", []),
        ("02-BABOL", "بابل", "Babol", []),
        ("02-BABOLSAR", "بابلسر", "Babolsar", []),
        ("02-BEHSHAHR", "بهشهر", "Behshahr", []),
        ("02-CHALUS", "چالوس", "Chalus", ["Chaloos"]),
        ("02-FEREYDUNKENAR", "فریدونکنار", "Fereydunkenar", ["Fereydoonkenar"]),
        ("02-GALUGAH", "گلوگاه", "Galugah", ["Galoogah"]),
        ("02-JUYBAR", "جویبار", "Juybar", ["Jouybar", "Joybar"]),
        ("02-KELARDASHT", "کلاردشت", "Kelardasht", []),
        ("02-MAHMUDABAD", "محمودآباد", "Mahmudabad", ["Mahmoudabad", "Mahmoodabad"]),
        ("02-MIANDORUD", "میاندرود", "Miandorud", ["Miandoroud"]),
        ("02-NEKA", "نکا", "Neka", []),
        ("02-NUR", "نور", "Nur", ["Noor"]),
        ("02-NOWSHAHR", "نوشهر", "Nowshahr", ["Noshahr"]),
        ("02-QAEMSHAHR", "قائم\u200Cشهر", "Qaemshahr", ["Ghaemshahr"]),
        ("02-RAMSAR", "رامسر", "Ramsar", []),
        ("02-SARI", "ساری", "Sari", []),
        ("02-SAVADKUH", "سوادکوه", "Savadkuh", ["Savadkooh"]),
        ("02-NORTH-SAVADKUH", "سوادکوه شمالی", "North Savadkuh", ["Savadkuh-e Shomali"]),
        ("02-SIMORGH", "سیمرغ", "Simorgh", []),
        ("02-TONEKABON", "تنکابن", "Tonekabon", []),
    ];
}
