using System.Globalization;
using Coop.Domain.Text;

namespace Coop.Domain.Eligibility.Batch;

/// <summary>
/// The amounts requested by a group's facility applications sum beyond the range of <see cref="Model.Money"/>: a property of
/// the registry, not a bug. It names the line and field whose amount took the sum over, in English
/// (<see cref="Exception.Message"/>) and in Persian (<see cref="MessageFa"/>). A registry evaluation reports it as an
/// <see cref="InvalidDataException"/> with the same message whose <see cref="Exception.InnerException"/> is this exception.
/// </summary>
public sealed class RequestedSumOverflowException : OverflowException
{
    /// <summary>Creates the exception for the application on <paramref name="line"/>.</summary>
    /// <param name="line">The registry line of the cooperative whose application took the sum over.</param>
    /// <param name="applicationIndex">The index of the application in <c>facilityApplications</c>.</param>
    /// <param name="group">The group whose sum overflowed (e.g. <c>total</c>).</param>
    public RequestedSumOverflowException(long line, int applicationIndex, string group)
        : base(string.Create(
            CultureInfo.InvariantCulture,
            $"line {line}: facilityApplications[{applicationIndex}].amountRequested: the amounts requested (group {group}) sum beyond the range of Money (±{long.MaxValue:#,0} IRR); no registry of real applications reaches it — check the amounts."))
    {
        Line = line;
        ApplicationIndex = applicationIndex;
        Group = group;
    }

    /// <summary>Creates the exception with a message.</summary>
    public RequestedSumOverflowException()
        : this("The amounts requested sum beyond the range of Money.")
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    /// <param name="message">The message.</param>
    public RequestedSumOverflowException(string message)
        : base(message)
    {
        Group = string.Empty;
    }

    /// <summary>Creates the exception with a message and its cause.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public RequestedSumOverflowException(string message, Exception innerException)
        : base(message, innerException)
    {
        Group = string.Empty;
    }

    /// <summary>The registry line of the cooperative whose application took the sum over; 0 when not known.</summary>
    public long Line { get; }

    /// <summary>The index of that application in <c>facilityApplications</c>.</summary>
    public int ApplicationIndex { get; }

    /// <summary>The group whose sum overflowed; empty when not known.</summary>
    public string Group { get; }

    /// <summary>The same in Persian: Persian digits, the field and group isolated.</summary>
    public string MessageFa => Line <= 0
        ? "جمع مبلغ‌های درخواستی از بیشینهٔ " + PersianMessages.L("Money") + " بیرون می‌زند"
        : $"سطر {PersianMessages.N(Line)}: {PersianMessages.L(string.Create(CultureInfo.InvariantCulture, $"facilityApplications[{ApplicationIndex}].amountRequested"))}: "
          + $"جمع مبلغ‌های درخواستی (گروه {PersianMessages.L(Group)}) از بیشینهٔ {PersianMessages.L("Money")} ({PersianMessages.Rials(long.MaxValue.ToString(CultureInfo.InvariantCulture))}) بیرون می‌زند؛ "
          + "هیچ ثبتی از درخواست‌های واقعی به آن نمی‌رسد — مبلغ‌ها را بررسی کنید.";
}
