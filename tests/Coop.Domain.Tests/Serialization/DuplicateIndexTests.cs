using Coop.Domain.Serialization;

namespace Coop.Domain.Tests.Serialization;

public class DuplicateIndexTests
{
    [Fact]
    public void A_key_added_once_is_found_with_its_first_line()
    {
        var index = new DuplicateIndex();
        index.Add("0010350829", 7);
        Assert.True(index.TryGetFirst("0010350829", out long line));
        Assert.Equal(7, line);
        Assert.False(index.TryGetFirst("0010350820", out _));
        Assert.Equal(1, index.Count);
    }

    // Packing keeps the digit count, so keys that differ only by leading zeros stay different keys.
    [Theory]
    [InlineData("0123", "123")]
    [InlineData("0", "00")]
    [InlineData("", "0")]
    [InlineData("10000000000", "01000000000")]
    public void Keys_that_differ_only_by_leading_zeros_are_different_keys(string a, string b)
    {
        var index = new DuplicateIndex();
        index.Add(a, 1);
        Assert.False(index.TryGetFirst(b, out _));
        index.Add(b, 2);
        Assert.True(index.TryGetFirst(a, out long first));
        Assert.Equal(1, first);
        Assert.True(index.TryGetFirst(b, out long second));
        Assert.Equal(2, second);
    }

    [Fact]
    public void Every_key_of_up_to_seventeen_digits_packs_to_a_distinct_number()
    {
        var seen = new Dictionary<long, string>();
        var random = new Random(1404);
        for (int i = 0; i < 20_000; i++)
        {
            int length = random.Next(0, 18);
            string key = string.Concat(Enumerable.Range(0, length).Select(_ => (char)('0' + random.Next(10))));
            Assert.True(DuplicateIndex.TryPack(key, out long packed));
            // A number seen before must come from the very same key (random keys repeat at short lengths).
            if (seen.TryGetValue(packed, out string? earlier))
            {
                Assert.Equal(earlier, key);
            }
            else
            {
                seen.Add(packed, key);
            }
        }

        Assert.True(DuplicateIndex.TryPack("99999999999999999", out long max));
        Assert.True(DuplicateIndex.TryPack("00000000000000000", out long zeros));
        Assert.NotEqual(max, zeros);
        Assert.True(max > 0);
    }

    [Theory]
    [InlineData("123456789012345678")] // 18 digits: longer than a packed key
    [InlineData("12a4")]
    [InlineData("۱۲۳")]
    [InlineData("IR12")]
    public void A_key_that_cannot_be_packed_is_kept_as_text_and_still_found(string key)
    {
        Assert.False(DuplicateIndex.TryPack(key, out _));
        var index = new DuplicateIndex();
        index.Add(key, 3);
        Assert.True(index.TryGetFirst(key, out long line));
        Assert.Equal(3, line);
        Assert.False(index.TryGetFirst(key + "0", out _));
    }

    [Fact]
    public void Adding_a_key_twice_is_refused()
    {
        var index = new DuplicateIndex();
        index.Add("42", 1);
        Assert.Throws<ArgumentException>(() => index.Add("42", 2));
    }
}
