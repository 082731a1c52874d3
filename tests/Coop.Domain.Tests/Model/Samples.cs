using System.Globalization;
using Coop.Domain.Calendar;
using Coop.Domain.Model;
using Coop.Domain.Model.Identifiers;

namespace Coop.Domain.Tests.Model;

/// <summary>A valid sample cooperative in Juybar, and identifiers with correct check digits.</summary>
internal static class Samples
{
    internal static readonly Money Nominal = Money.FromRials(1_000_000);

    internal static SolarHijriDate D(int y, int m, int d) => new(y, m, d);

    internal static NationalCode NationalCode(int n)
    {
        string prefix = (100_000_000 + n).ToString("000000000", CultureInfo.InvariantCulture);
        for (int check = 0; check < 10; check++)
        {
            if (Coop.Domain.Model.Identifiers.NationalCode.TryParse(prefix + check.ToString(CultureInfo.InvariantCulture), out NationalCode code))
            {
                return code;
            }
        }

        throw new InvalidOperationException("no check digit");
    }

    internal static LegalEntityId LegalId(int n)
    {
        string prefix = (1_032_041_790L + n).ToString("0000000000", CultureInfo.InvariantCulture);
        for (int check = 0; check < 10; check++)
        {
            if (LegalEntityId.TryParse(prefix + check.ToString(CultureInfo.InvariantCulture), out LegalEntityId id))
            {
                return id;
            }
        }

        throw new InvalidOperationException("no check digit");
    }

    internal static Member Natural(int number, SolarHijriDate joined, bool employed = false, SolarHijriDate? left = null) =>
        new(number, PersonKind.Natural, "Member " + number.ToString(CultureInfo.InvariantCulture), NationalCode(number), null, joined, left, employed);

    internal static CooperativeBuilder Juybar(int fiscalYearStartMonth = 1)
    {
        var b = new CooperativeBuilder
        {
            Name = "تعاونی تولیدی کشاورزان جویبار",
            Kind = CooperativeKind.EmploymentGenerating,
            ActivityClass = ActivityClass.Production,
            LegalForm = LegalForm.Ordinary,
            Openness = Openness.General,
            RegistrationNumber = RegistrationNumber.Parse("391130"),
            RegisteredOn = D(1398, 3, 15),
            NationalId = LegalId(0),
            CountyCode = "02-JUYBAR",
            FiscalYearStartMonth = fiscalYearStartMonth,
            StatuteAlignment = new StatuteAlignment(true, D(1398, 3, 15)),
            NominalShareValue = Nominal,
            SmartSystemProfile = new SmartSystemProfile(true, true, true, true, true, 3, D(1404, 5, 1)),
        };
        b.StatusHistory.Add(new StatusChange(CooperativeStatus.Active, D(1398, 3, 15)));
        for (int i = 1; i <= 7; i++)
        {
            b.Members.Add(Natural(i, D(1398, 3, 1), employed: i <= 4));
            b.ShareEntries.Add(new ShareEntry(D(1398, 3, 10), ShareEntryKind.Subscription, i, 100, Money.FromRials(50_000_000)));
        }

        b.Members.Add(new Member(8, PersonKind.Legal, "شرکت نمونه", null, LegalId(8), D(1400, 1, 10), null, false));
        b.ShareEntries.Add(new ShareEntry(D(1399, 1, 20), ShareEntryKind.Payment, 1, 0, Money.FromRials(50_000_000)));
        b.ShareEntries.Add(new ShareEntry(D(1400, 1, 10), ShareEntryKind.Subscription, 8, 50, Money.FromRials(50_000_000)));
        b.ShareEntries.Add(new ShareEntry(D(1401, 5, 1), ShareEntryKind.Transfer, 2, 30, Money.FromRials(15_000_000), 1));

        b.BoardTerms.Add(new BoardTerm(D(1401, 4, 1), D(1404, 3, 31),
        [
            new BoardSeat(1, SeatType.Principal, BoardRole.Chair, WorkBasis.FullTime),
            new BoardSeat(2, SeatType.Principal, BoardRole.ViceChair, WorkBasis.PartTime),
            new BoardSeat(3, SeatType.Principal, BoardRole.Secretary, WorkBasis.PartTime),
            new BoardSeat(4, SeatType.Alternate, BoardRole.Member, WorkBasis.PartTime),
        ]));
        b.ManagingDirectors.Add(new ManagingDirectorTerm("Member 1", NationalCode(1), 1, D(1401, 4, 5), null));
        b.Inspectors.Add(new InspectorTerm("Inspector A", PersonKind.Natural, SeatType.Principal, D(1404, 4, 20), D(1405, 4, 19)));
        b.Assemblies.Add(new GeneralAssembly(
            AssemblyKind.Ordinary, AssemblyCall.First, 1403, D(1404, 3, 25), D(1404, 4, 20), 5, 1,
            ["Statements for 1403 approved", "Inspector elected"], AssemblyElections.Inspectors));
        b.FinancialStatements.Add(new FinancialStatement(
            1403, Money.FromRials(12_000_000_000), Money.FromRials(900_000_000), Money.FromRials(5_000_000_000),
            Money.FromRials(3_000_000_000), Money.FromRials(2_000_000_000), AuditStatus.Unqualified, D(1404, 3, 20), D(1404, 4, 25)));
        b.Employment.Add(new EmploymentRecord(D(1403, 1, 1), D(1403, 12, 30), 10, 6));
        b.FacilityApplications.Add(new FacilityApplication(
            "Tabsare 18", D(1404, 8, 25), Money.Parse("20 میلیارد تومان"), 5, ProjectSector.Agriculture,
            CollateralKind.GuaranteeFund, Money.FromRials(250_000_000_000), Money.Zero, 0));
        return b;
    }
}
