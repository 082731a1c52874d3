using System.Text.RegularExpressions;
using BenchmarkDotNet.Attributes;
using Coop.Domain.Model.Identifiers;

namespace Coop.Domain.Benchmarks.Model;

/// <summary>
/// Validating 1M national codes (about 90% valid): ours (allocation-free span check) beside the usual
/// hand-rolled validator seen in applications (regex + LINQ over the string).
/// </summary>
[MemoryDiagnoser]
public partial class NationalCodeBenchmarks
{
    private const int Count = 1_000_000;
    private string[] _codes = [];

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(1404);
        _codes = new string[Count];
        Span<int> d = stackalloc int[10];
        for (int i = 0; i < Count; i++)
        {
            int sum = 0;
            for (int j = 0; j < 9; j++)
            {
                d[j] = random.Next(10);
                sum += d[j] * (10 - j);
            }

            int r = sum % 11;
            d[9] = r < 2 ? r : 11 - r;
            if (i % 10 == 0)
            {
                d[9] = (d[9] + 1) % 10; // about one in ten has a wrong check digit
            }

            _codes[i] = string.Concat(d.ToArray().Select(x => (char)('0' + x)));
        }
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Count)]
    public int Ours_IsValid()
    {
        int valid = 0;
        foreach (string code in _codes)
        {
            if (NationalCode.IsValid(code))
            {
                valid++;
            }
        }

        return valid;
    }

    [Benchmark(OperationsPerInvoke = Count)]
    public int Typical_RegexAndLinq()
    {
        int valid = 0;
        foreach (string code in _codes)
        {
            if (TypicalIsValid(code))
            {
                valid++;
            }
        }

        return valid;
    }

    private static bool TypicalIsValid(string code)
    {
        if (!TenDigits().IsMatch(code) || code.Distinct().Count() == 1)
        {
            return false;
        }

        int check = code[9] - '0';
        int sum = code.Take(9).Select((c, i) => (c - '0') * (10 - i)).Sum();
        int r = sum % 11;
        return r < 2 ? check == r : check == 11 - r;
    }

    [GeneratedRegex("^[0-9]{10}$")]
    private static partial Regex TenDigits();
}
