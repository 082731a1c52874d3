namespace Coop.Domain.Eligibility.Policies;

/// <summary>
/// What kind of error (or warning) a <see cref="PolicyError"/> is; its <see cref="PolicyError.File"/>, <see cref="PolicyError.JsonPath"/>,
/// line and column say where, and its <see cref="PolicyError.Arguments"/> (invariant-culture strings) the values each member lists.
/// <see cref="PolicyError.MessageFa"/> says each in Persian. New members may be added; a host should treat an unknown one as
/// <see cref="Unspecified"/>.
/// </summary>
public enum PolicyErrorCode
{
    /// <summary>Only the English <see cref="PolicyError.Message"/> says what is wrong (an error a host made itself). No arguments.</summary>
    Unspecified = 0,

    /// <summary>The file does not exist (nor is the path a folder). No arguments.</summary>
    FileNotFound,

    /// <summary>
    /// The file exists but cannot be read (permissions, an I/O error). Arguments: the operating system's reason, in English;
    /// then the name of its <see cref="Text.IoFailureKind"/>, which the Persian message says in Persian.
    /// </summary>
    FileUnreadable,

    /// <summary>The path is a folder, not a file. No arguments.</summary>
    NotAFile,

    /// <summary>The file is over the size limit. Arguments: the limit in bytes; then its size in bytes, when known.</summary>
    FileTooLarge,

    /// <summary>The file is empty or white space. No arguments.</summary>
    EmptyFile,

    /// <summary>The file is not UTF-8 text (it looks binary). No arguments.</summary>
    NotText,

    /// <summary>The document is the JSON <c>null</c>. No arguments.</summary>
    NullDocument,

    /// <summary>The text is not well-formed JSON; the line and column say where. No arguments.</summary>
    MalformedJson,

    /// <summary>The JSON nests deeper than the limit. Arguments: the limit (<see cref="PolicyFile.MaxDepth"/>).</summary>
    TooDeep,

    /// <summary>
    /// A property the file format does not have. Arguments: the property; the closest known property, or empty; then the known
    /// properties when none is close (none at all when the object's properties are not known).
    /// </summary>
    UnknownProperty,

    /// <summary>A property appears twice in one object. Arguments: the property.</summary>
    DuplicateProperty,

    /// <summary>
    /// A value of the wrong JSON type. Arguments: what was expected, one of <c>string</c>, <c>integer</c>, <c>number</c>,
    /// <c>boolean</c>, <c>array</c>, <c>object</c>, <c>value</c> (another kind); then, when known, what was found: one of those
    /// words, or <c>literal</c> followed by the JSON number found.
    /// </summary>
    WrongType,

    /// <summary>
    /// A required property is missing. Arguments: the property; then a hint, when there is one: <c>text</c> (an object with
    /// <c>fa</c> and <c>en</c>), <c>value</c> (null ends a parameter), <c>sources</c> (an array of sources) or <c>where</c>.
    /// </summary>
    MissingProperty,

    /// <summary>A property that must not be empty is empty or white space. Arguments: the property.</summary>
    EmptyValue,

    /// <summary>The policy version is below 1. Arguments: the version.</summary>
    InvalidVersion,

    /// <summary>The policy ends before it starts. Arguments: its end, its start (Solar Hijri dates).</summary>
    EndsBeforeStart,

    /// <summary>A list is over <see cref="PolicyFile.MaxItems"/>. Arguments: the count, the limit.</summary>
    TooManyItems,

    /// <summary>
    /// A list item is null. Arguments: what the item is: <c>parameter</c>, <c>value</c>, <c>rule</c>, <c>scoring</c>,
    /// <c>outcome</c>, <c>source-id</c> (a string is expected) or <c>source</c> (a register entry).
    /// </summary>
    NullItem,

    /// <summary>A parameter name is not an identifier. Arguments: the name.</summary>
    InvalidParameterName,

    /// <summary>A parameter is declared twice. Arguments: the name, the JSON path of its first declaration.</summary>
    DuplicateParameter,

    /// <summary>A parameter's type is unknown. Arguments: the type as written.</summary>
    UnknownType,

    /// <summary>Warning: a parameter's <c>verified</c> is no longer read. No arguments.</summary>
    VerifiedIgnored,

    /// <summary>A parameter has no dated value. Arguments: the parameter's name (empty when it has none).</summary>
    MissingValues,

    /// <summary>A parameter's dated values are not in increasing order. Arguments: the date out of order, the date before it.</summary>
    ValuesOutOfOrder,

    /// <summary>A keyed parameter's value is not an object. No arguments.</summary>
    KeyedValueNotObject,

    /// <summary>A key appears twice in a keyed value. Arguments: the key.</summary>
    DuplicateKey,

    /// <summary>A date is not a Solar Hijri day. Arguments: the text as written.</summary>
    InvalidDate,

    /// <summary>A money value is not an amount with a unit. Arguments: the text as written.</summary>
    InvalidMoney,

    /// <summary>A duration value is not a duration. Arguments: the text as written.</summary>
    InvalidDuration,

    /// <summary>A money value is a bare number (ambiguous between rial and toman). No arguments.</summary>
    BareMoney,

    /// <summary>
    /// A parameter value of the wrong JSON kind. Arguments: the parameter's type (<c>integer</c>, <c>decimal</c>, <c>boolean</c>,
    /// <c>date</c>, <c>duration</c>, <c>string</c>), the JSON found (a string's text is quoted; an object or array is <c>{…}</c>
    /// or <c>[…]</c>).
    /// </summary>
    WrongValueType,

    /// <summary>A rule id is used twice. Arguments: the id, the JSON path of the rule that has it first.</summary>
    DuplicateRuleId,

    /// <summary>A message uses <c>{observed}</c> or <c>{required}</c> and the rule has no such expression. Arguments: <c>observed</c> or <c>required</c>.</summary>
    PlaceholderWithoutExpression,

    /// <summary>A message uses <c>{parameter:name}</c> and no such parameter is declared. Arguments: the parameter's name.</summary>
    PlaceholderUnknownParameter,

    /// <summary>A message uses <c>{parameter:name}</c> for a keyed parameter. Arguments: the parameter's name.</summary>
    PlaceholderKeyedParameter,

    /// <summary>A message uses an unknown placeholder. Arguments: the placeholder's name (without braces).</summary>
    UnknownPlaceholder,

    /// <summary>A scoring term id is used twice. Arguments: the id.</summary>
    DuplicateScoringId,

    /// <summary>Points × weight of a scoring term could overflow a decimal. Arguments: the term's id; then its points and weight, when given.</summary>
    ScoreOverflow,

    /// <summary>An outcome row maps to eligible. No arguments.</summary>
    EligibleOutcomeRow,

    /// <summary>The outcome table is empty. No arguments.</summary>
    EmptyOutcomes,

    /// <summary>No outcome row maps a failed blocking rule. No arguments.</summary>
    NoBlockingFailedRow,

    /// <summary>A source id is not kebab-case. Arguments: the id.</summary>
    InvalidSourceId,

    /// <summary>A source id is listed twice in one list, or a register id is used twice. Arguments: the id, the JSON path of its other place.</summary>
    DuplicateSourceId,

    /// <summary>
    /// An identifier holds a character that is refused. Arguments: the property, the character as <c>U+XXXX</c> (the Arabic
    /// ي U+064A or ك U+0643, or an invisible or direction-control character), its 1-based position.
    /// </summary>
    IdentifierCharacter,

    /// <summary>A value is not one of a fixed set. Arguments: the value as written, then the values accepted.</summary>
    UnknownValue,

    /// <summary>
    /// An expression does not compile; <see cref="PolicyError.ExpressionKind"/> says why, the column is in the expression.
    /// Arguments: the part of the expression at fault (empty when none).
    /// </summary>
    Expression,

    /// <summary>
    /// A source id names no entry of the source register. Arguments: the id; what cites it (<c>rule</c>, <c>parameter</c>,
    /// <c>value</c> or <c>scoring</c>); its id or name; the rule's code or the value's date (else empty); the closest register id, or empty.
    /// </summary>
    UnknownSourceId,

    /// <summary>Warning: a parameter (and every value of it) names no source. Arguments: the parameter's name.</summary>
    ParameterWithoutSource,

    /// <summary>Warning: a dated value (and its parameter) names no source. Arguments: the parameter's name, the value's date.</summary>
    ValueWithoutSource,

    /// <summary>Warning: a rule cites no source. Arguments: the rule's id, its code.</summary>
    RuleWithoutSource,

    /// <summary>A policy version is defined twice in a set. Arguments: the policy id, the version, the origin of the other (or empty).</summary>
    DuplicateVersion,

    /// <summary>A register entry's standing is unknown. Arguments: the standing as written, the closest standing or empty.</summary>
    UnknownStanding,

    /// <summary>A register entry that is not an assumption has no quote. Arguments: its standing.</summary>
    MissingQuote,

    /// <summary>A register entry's url is not an absolute http(s) address. Arguments: the url.</summary>
    InvalidUrl,

    /// <summary>A register entry's read day is not <c>yyyy-MM-dd</c>. Arguments: the text.</summary>
    InvalidReadDate,

    /// <summary>A register entry's note has neither text. No arguments.</summary>
    EmptyNote,

    /// <summary>
    /// Two versions of a policy are in force on the same day. Arguments: the policy id, the earlier version, the later version,
    /// the later version's first day (a Solar Hijri date); then the earlier version's last day, or empty when it is open-ended.
    /// </summary>
    VersionsOverlap,

    /// <summary>Policies given as versions of one policy have different ids. Arguments: the id that differs, the id of the others.</summary>
    DifferentPolicies,

    /// <summary>
    /// Warning: a parameter has no value on some days the policy is in force (see <see cref="Policies.ParameterGap"/>).
    /// Arguments: the parameter's name, the first day without a value; then the last, or empty when the gap runs to the
    /// policy's open end.
    /// </summary>
    ParameterGap,
}
