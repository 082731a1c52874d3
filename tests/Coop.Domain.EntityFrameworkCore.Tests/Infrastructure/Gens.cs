using System.Globalization;
using Coop.Domain.Calendar;
using Coop.Domain.EntityFrameworkCore.Tests.Infrastructure;
using Coop.Domain.Model;
using Coop.Domain.Model.Identifiers;
using CsCheck;

namespace Coop.Domain.EntityFrameworkCore.Tests.Infrastructure;

/// <summary>Generators of valid Coop.Domain values; the identifiers get their check digits from the library's own parser.</summary>
internal static class Gens
{
    private delegate bool Parser<T>(string? text, out T value, out IdentifierError error);

    /// <summary>Any day of Solar Hijri years 1206–1498.</summary>
    public static readonly Gen<SolarHijriDate> Date =
        Gen.Int[new SolarHijriDate(1206, 1, 1).DayNumber, new SolarHijriDate(1498, 12, 1).AddMonths(1).AddDays(-1).DayNumber]
            .Select(SolarHijriDate.FromDayNumber);

    /// <summary>Any amount Money holds, ±9,223,372,036,854,775,807 rials.</summary>
    public static readonly Gen<Money> Money = Gen.Long[-long.MaxValue, long.MaxValue].Select(Model.Money.FromRials);

    /// <summary>A period of any unit and fiscal start (the core tests' generator, years 1300–1500).</summary>
    public static readonly Gen<ReportingPeriod> Period = Coop.Domain.Tests.Calendar.PeriodGen.Any;

    public static readonly Gen<NationalCode> NationalCode =
        Gen.Int[0, 999_999_999].Select(p => Complete<NationalCode>(p.ToString("D9", CultureInfo.InvariantCulture), Model.Identifiers.NationalCode.TryParse))
            .Where(c => c is not null).Select(c => c!.Value);

    public static readonly Gen<LegalEntityId> LegalEntityId =
        Gen.Long[0, 9_999_999_999].Select(p => Complete<LegalEntityId>(p.ToString("D10", CultureInfo.InvariantCulture), Model.Identifiers.LegalEntityId.TryParse))
            .Where(c => c is not null).Select(c => c!.Value);

    public static readonly Gen<PostalCode> PostalCode =
        Gen.Long[1_000_000_000, 9_999_999_999].Select(p => Parse<PostalCode>(p.ToString(CultureInfo.InvariantCulture), Model.Identifiers.PostalCode.TryParse))
            .Where(c => c is not null).Select(c => c!.Value);

    public static readonly Gen<RegistrationNumber> RegistrationNumber =
        Gen.Char['0', '9'].Array[1, 12].Select(d => Parse<RegistrationNumber>(new string(d), Model.Identifiers.RegistrationNumber.TryParse))
            .Where(c => c is not null).Select(c => c!.Value);

    // IR, two check digits, 22 digits: the check digits are the two that make the number valid.
    public static readonly Gen<Sheba> Sheba =
        Gen.Char['0', '9'].Array[22].Select(d =>
        {
            string bban = new(d);
            for (int k = 0; k < 100; k++)
            {
                if (Model.Identifiers.Sheba.TryParse("IR" + k.ToString("D2", CultureInfo.InvariantCulture) + bban, out Sheba sheba))
                {
                    return sheba;
                }
            }

            throw new InvalidOperationException("no check digits make " + bban + " a Sheba number");
        });

    public static readonly Gen<ValueRow> Row =
        Gen.Select(Date, Date.Nullable(), Money, Money.Nullable(), Period, NationalCode, NationalCode.Nullable(), LegalEntityId)
            .Select(Gen.Select(PostalCode, Sheba, RegistrationNumber), (a, b) => new ValueRow
            {
                Date = a.Item1,
                OptionalDate = a.Item2,
                Amount = a.Item3,
                OptionalAmount = a.Item4,
                Period = a.Item5,
                Code = a.Item6,
                OptionalCode = a.Item7,
                LegalId = a.Item8,
                Postal = b.Item1,
                Account = b.Item2,
                Registration = b.Item3,
            });

    private static T? Complete<T>(string prefix, Parser<T> parse)
        where T : struct
    {
        for (char check = '0'; check <= '9'; check++)
        {
            if (parse(prefix + check, out T value, out _))
            {
                return value;
            }
        }

        return null;
    }

    private static T? Parse<T>(string text, Parser<T> parse)
        where T : struct =>
        parse(text, out T value, out _) ? value : null;
}
