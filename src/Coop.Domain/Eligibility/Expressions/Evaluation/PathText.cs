using System.Globalization;

namespace Coop.Domain.Eligibility.Expressions;

/// <summary>
/// The printable path of a fact (<c>cooperative.lastAssembly.heldOn</c>,
/// <c>cooperative.members[3].birthDate</c>). Rendered only when the fact is missing, so the common
/// case allocates nothing.
/// </summary>
internal abstract class PathText
{
    public abstract string Render(ref Frame frame);

    public static PathText Static(string text) => new StaticPath(text);

    public PathText Member(string name) => this is StaticPath s ? new StaticPath(s.Text + "." + name) : new MemberPath(this, name);

    public PathText Element(int slot) => new ElementPath(this, slot);

    private sealed class StaticPath(string text) : PathText
    {
        public string Text { get; } = text;

        public override string Render(ref Frame frame) => Text;
    }

    private sealed class MemberPath(PathText owner, string name) : PathText
    {
        public override string Render(ref Frame frame) => owner.Render(ref frame) + "." + name;
    }

    private sealed class ElementPath(PathText collection, int slot) : PathText
    {
        public override string Render(ref Frame frame) =>
            collection.Render(ref frame) + "[" + frame.Slots[slot].Index.ToString(CultureInfo.InvariantCulture) + "]";
    }
}
