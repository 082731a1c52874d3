using Coop.Domain.Calendar;

namespace Coop.Domain.Model;

/// <summary>
/// Whether the statute has been brought into line with the 1393 amendment of the law (Art. 76: a
/// cooperative that did not is not recognised as one; register entry coop-sector-law-art-76-davoudabadi).
/// </summary>
/// <param name="Aligned">Whether the statute is aligned.</param>
/// <param name="AlignedOn">
/// The date of the (extraordinary) general assembly that aligned it; required when <paramref name="Aligned"/>
/// is true, absent otherwise, and not before 1393/02/31 (when the amendment was confirmed). A cooperative
/// registered after that date with a statute on the 1393 model uses its registration date.
/// </param>
public sealed record StatuteAlignment(bool Aligned, SolarHijriDate? AlignedOn)
{
    /// <summary>The day the Guardian Council confirmed the 1393 amendment, 1393/02/31.</summary>
    public static SolarHijriDate AmendmentConfirmedOn => new(1393, 2, 31);

    /// <summary>Not aligned.</summary>
    public static StatuteAlignment NotAligned => new(false, null);
}
