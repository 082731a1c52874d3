using Coop.Domain.Calendar;
using Coop.Domain.Eligibility.Policies;

namespace Coop.Domain.Tests.Eligibility.Policies;

internal static class PolicyTestData
{
    // A small valid policy over TestSchema (tests/…/Eligibility/TestFacts.cs).
    public const string Valid = """
        // comments and trailing commas are allowed
        {
          "$schema": "policy.schema.json",
          "id": "test-credit",
          "version": 1,
          "title": { "fa": "آزمون", "en": "Test" },
          "effectiveFrom": "1403/01/01",
          "effectiveTo": "1404/12/29",
          "parameters": [
            { "name": "minimumMembers", "type": "integer", "keyed": true, "sources": ["coop-sector-law-art-54-sabtilia"],
              "values": [
                { "from": "1403/01/01", "value": { "consumer": 7, "housing": 15 } },
                { "from": "1404/01/01", "value": { "consumer": 10, "housing": 20 }, "reference": "circular 12" },
              ] },
            { "name": "maximumAmount", "type": "money", "source": "example source",
              "values": [ { "from": "1403/01/01", "value": "1 billion rial" }, { "from": "1404/07/01", "value": null } ] },
          ],
          "rules": [
            { "id": "members", "code": "MIN_MEMBERS", "severity": "blocking", "citation": "art. 5",
              "check": "cooperative.memberCount >= $minimumMembers[cooperative.kind]",
              "observed": "cooperative.memberCount", "required": "$minimumMembers[cooperative.kind]",
              "message": { "fa": "تعداد اعضا {observed} است؛ دست‌کم {required} لازم است.", "en": "{observed} members; at least {required} required." } },
            { "id": "amount", "code": "AMOUNT", "severity": "blocking",
              "check": "application.amount <= $maximumAmount", "observed": "application.amount",
              "message": { "fa": "مبلغ {observed} بیش از {parameter:maximumAmount} است.", "en": "{observed} exceeds {parameter:maximumAmount}." } },
            { "id": "assembly", "code": "ASSEMBLY", "severity": "warning",
              "when": "cooperative.active", "check": "cooperative.lastAssembly.heldOn >= @1404/01/01",
              "observed": "cooperative.lastAssembly.heldOn",
              "message": { "fa": "آخرین مجمع {observed}", "en": "Last assembly {observed} (as of {asOf})" } },
            { "id": "debt", "code": "DEBT", "severity": "info", "check": "cooperative.debtRatio <= 1",
              "message": { "fa": "بدهی زیاد", "en": "High debt" } },
          ],
          "scoring": [
            { "id": "big", "when": "cooperative.memberCount >= 10", "points": 10 },
            { "id": "capital", "when": "cooperative.capital >= 1 billion rial", "points": 5, "weight": 2 },
          ],
        }
        """;

    public static SolarHijriDate Date(int y, int m, int d) => new(y, m, d);

    public static Policy Policy(string json = Valid) => PolicyFile.Parse(json, "test.json");

    public static CompiledPolicy<TestFacts> Compiled(string json = Valid) => new(Policy(json), TestSchema.Schema);

    public static IReadOnlyList<PolicyError> Errors(string json)
    {
        PolicyReadResult result = PolicyFile.Read(json, "test.json");
        Assert.False(result.Success);
        Assert.Null(result.Policy);
        return result.Errors;
    }

    // Facts that pass every rule of Valid on 1404/06/15.
    public static TestFacts Passing()
    {
        TestFacts facts = TestSchema.Sample();
        facts.Cooperative!.DebtRatio = 0.5m;
        facts.Cooperative.MemberCount = 12;
        facts.Application!.Amount = 900_000_000m;
        return facts;
    }
}
