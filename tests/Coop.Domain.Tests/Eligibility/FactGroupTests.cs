using Coop.Domain.Calendar;
using Coop.Domain.Eligibility.Expressions;

namespace Coop.Domain.Tests.Eligibility;

public sealed class FactGroupTests
{
    // The cooperative's fields read from the root object itself, under the name "cooperative", with a nested record
    // (lastAssembly), a collection (members) and a group inside a nested record (lastAssembly.when).
    private static readonly RecordType<TestAssembly> Assembly = new RecordTypeBuilder<TestAssembly>("Assembly")
        .Date("heldOn", a => a.HeldOn)
        .Group("when", new RecordTypeBuilder<TestAssembly>("AssemblyDate").Date("date", a => a.HeldOn).Build())
        .Build();

    private static readonly RecordType<TestCoop> Coop = new RecordTypeBuilder<TestCoop>("Cooperative")
        .String("kind", c => c.Kind)
        .Integer("memberCount", c => c.MemberCount)
        .Record("lastAssembly", c => c.LastAssembly, Assembly)
        .Collection("members", c => c.Members, TestSchema.Member)
        .Build();

    private static readonly FactSchema<TestCoop> Schema = FactSchema.Create<TestCoop>("Root", b => b
        .Group("cooperative", Coop)
        .Group("same", new RecordTypeBuilder<TestCoop>("Same").Group("cooperative", Coop).Build()));

    private static readonly ExpressionCompiler<TestCoop> Compiler = new(Schema, []);

    private static readonly SolarHijriDate AsOf = new(1404, 6, 15);

    [Theory]
    [InlineData("cooperative.memberCount = 12")]
    [InlineData("same.cooperative.memberCount = 12")]
    [InlineData("cooperative.kind = 'consumer'")]
    [InlineData("cooperative.lastAssembly.heldOn = @1404/03/20")]
    [InlineData("cooperative.lastAssembly.when.date = @1404/03/20")]
    [InlineData("same.cooperative.lastAssembly.when.date = @1404/03/20")]
    [InlineData("count(m in cooperative.members where m.employed) = 1")]
    public void A_group_reads_the_fields_of_the_same_object(string condition) =>
        Assert.True(Compiler.CompileCondition(condition).Evaluate(Sample(), AsOf).IsTrue);

    [Fact]
    public void A_missing_fact_under_a_group_is_named_by_its_full_path()
    {
        TestCoop coop = Sample();
        coop.MemberCount = null;
        coop.LastAssembly = null;
        Assert.Equal("cooperative.memberCount", Compiler.CompileCondition("cooperative.memberCount = 12").Evaluate(coop, AsOf).MissingFact);
        Assert.Equal("cooperative.lastAssembly", Compiler.CompileCondition("cooperative.lastAssembly.heldOn = @1404/03/20").Evaluate(coop, AsOf).MissingFact);
        Assert.Equal("same.cooperative.lastAssembly", Compiler.CompileCondition("same.cooperative.lastAssembly.when.date = @1404/03/20").Evaluate(coop, AsOf).MissingFact);
    }

    [Fact]
    public void A_group_name_follows_the_field_name_rules()
    {
        var builder = new RecordTypeBuilder<TestCoop>("Root").Group("cooperative", Coop);
        Assert.Throws<ArgumentException>(() => builder.Group("cooperative", Coop));
        Assert.Throws<ArgumentException>(() => builder.Group("and", Coop));
        Assert.Throws<ArgumentNullException>(() => builder.Group("other", null!));
    }

    private static TestCoop Sample() => new()
    {
        Kind = "consumer",
        MemberCount = 12,
        LastAssembly = new TestAssembly { HeldOn = new SolarHijriDate(1404, 3, 20) },
        Members =
        [
            new TestMember { Name = "Ali", Employed = true },
            new TestMember { Name = "Sara", Employed = false },
        ],
    };
}
