using System.Collections.Frozen;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;

namespace Coop.Domain.Eligibility.Facts;

/// <summary>Enum values as the schema shows them: kebab-case (<c>EmploymentGenerating</c> → <c>employment-generating</c>).</summary>
internal static class FactText
{
    /// <summary>The kebab-case text of <paramref name="value"/>; cached, so it allocates nothing.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static string Of<TEnum>(TEnum value)
        where TEnum : struct, Enum
    {
        // Dense enums (the model's: values 0..n-1, int-sized) index an array: a fact read per rule per applicant
        // goes through here, and the frozen dictionary's hashing cost more than the rest of the read. This path is
        // small enough to inline into compiled policies; the rest is out of line.
        string[]? dense = Cache<TEnum>.Dense;
        if (dense is not null)
        {
            uint index = (uint)Unsafe.As<TEnum, int>(ref value);
            if (index < (uint)dense.Length)
            {
                return dense[index];
            }
        }

        return Sparse(value);
    }

    private static string Sparse<TEnum>(TEnum value)
        where TEnum : struct, Enum =>

        // An undefined value prints as its number, always with invariant digits and sign (Enum.ToString would use
        // the current culture's negative sign, e.g. U+2212 under fa-IR).
        Cache<TEnum>.Names.TryGetValue(value, out string? text)
            ? text
            : Convert.ToInt64(value, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture);

    internal static IReadOnlyList<string> All<TEnum>()
        where TEnum : struct, Enum =>
        [.. Enum.GetValues<TEnum>().Select(v => Of(v))];

    /// <summary><c>InLiquidation</c> → <c>in-liquidation</c>; ASCII only, culture-invariant.</summary>
    internal static string Kebab(string pascal)
    {
        var text = new StringBuilder(pascal.Length + 4);
        for (int i = 0; i < pascal.Length; i++)
        {
            char c = pascal[i];
            if (c is >= 'A' and <= 'Z')
            {
                if (i > 0)
                {
                    text.Append('-');
                }

                text.Append((char)(c + ('a' - 'A')));
            }
            else
            {
                text.Append(c);
            }
        }

        return text.ToString();
    }

    private static class Cache<TEnum>
        where TEnum : struct, Enum
    {
        internal static readonly FrozenDictionary<TEnum, string> Names =
            Enum.GetValues<TEnum>().Distinct().ToFrozenDictionary(v => v, v => Kebab(v.ToString()));

        /// <summary>
        /// The names indexed by value when the enum is int-sized and its values are exactly 0..n-1 (n distinct values
        /// all below n fill every slot); otherwise null.
        /// </summary>
        internal static readonly string[]? Dense = BuildDense();

        private static string[]? BuildDense()
        {
            if (Unsafe.SizeOf<TEnum>() != sizeof(int))
            {
                return null;
            }

            var names = new string[Names.Count];
            foreach ((TEnum value, string name) in Names)
            {
                TEnum v = value;
                int index = Unsafe.As<TEnum, int>(ref v);
                if (index < 0 || index >= names.Length)
                {
                    return null;
                }

                names[index] = name;
            }

            return names;
        }
    }
}
