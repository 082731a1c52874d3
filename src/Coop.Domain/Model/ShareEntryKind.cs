namespace Coop.Domain.Model;

/// <summary>What a share-register entry records (compare Odoo's <c>subscription.register</c> types).</summary>
[System.Text.Json.Serialization.JsonConverter(typeof(Coop.Domain.Serialization.KebabCaseEnumConverter<ShareEntryKind>))]
public enum ShareEntryKind
{
    /// <summary>
    /// A member subscribes new shares at the nominal value; <see cref="ShareEntry.Amount"/> is the part paid
    /// at subscription (zero up to shares × nominal value).
    /// </summary>
    Subscription,

    /// <summary>A member pays <see cref="ShareEntry.Amount"/> of the unpaid part of shares already held; <see cref="ShareEntry.Shares"/> is 0.</summary>
    Payment,

    /// <summary>
    /// Shares pass from <see cref="ShareEntry.MemberNumber"/> to <see cref="ShareEntry.ToMemberNumber"/>, with
    /// <see cref="ShareEntry.Amount"/> as the paid part that moves with them (board approval, C5).
    /// </summary>
    Transfer,

    /// <summary>
    /// The cooperative takes back shares (on exit or a capital reduction); <see cref="ShareEntry.Amount"/> is
    /// the paid part returned.
    /// </summary>
    Redemption,
}
