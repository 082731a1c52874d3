using Coop.Domain.Calendar;
using Coop.Domain.Eligibility.Expressions;
using Coop.Domain.Eligibility.Policies;
using Coop.Domain.Model;
using Coop.Domain.Tests.Model;

namespace Coop.Domain.Tests.Eligibility.Providers;

// Small policies over the standard fact schema (CoopFactSchema), in two versions split at 1404/01/01.
internal static class ProviderTestData
{
    public const string Id = "members-credit";

    public static SolarHijriDate D(int y, int m, int d) => new(y, m, d);

    // v1: 1403/01/01–1403/12/30, at least 5 members; v2: from 1404/01/01, at least 10 members.
    public static Policy Version(int version) => Builder(version).Build();

    public static PolicyBuilder Builder(int version, string id = Id) => PolicyBuilder.Create(id, version)
        .Title("اعتبار اعضا", "Members credit")
        .Effective(version == 1 ? D(1403, 1, 1) : D(1404, 1, 1), version == 1 ? D(1403, 12, 30) : null)
        .Parameter("minimumMembers", FactType.Integer, p => p.Unit("members").From(D(1403, 1, 1), version == 1 ? 5L : 10L))
        .Rule("active", r => r.Code("INACTIVE").Check("cooperative.active").Message("تعاونی فعال نیست.", "Not active."))
        .Rule("members", r => r.Code("MIN_MEMBERS").Check("cooperative.memberCount >= $minimumMembers")
            .Observed("cooperative.memberCount").Required("$minimumMembers")
            .Message("{observed} عضو؛ دست‌کم {required}", "{observed} members; at least {required}"))
        .Rule("amount", r => r.Code("AMOUNT").Warning().When("application.amount > 0 rial").Check("application.amount <= 500 billion rial")
            .Message("مبلغ زیاد", "Amount too high"))
        .Score("employed", "cooperative.employedMemberCount >= 4", 10);

    public static string Json(int version, string id = Id) => PolicyWriter.ToJson(Builder(version, id).Build());

    // 8 members (7 natural, 1 legal), active, with a facility application of 20 billion toman.
    public static Cooperative Juybar() => Samples.Juybar().Build();

    public static FacilityApplication Application(Cooperative c) => c.FacilityApplications[0];

    public static string TempFolder()
    {
        string path = Path.Combine(Path.GetTempPath(), "coop-providers-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(path);
        return path;
    }
}
