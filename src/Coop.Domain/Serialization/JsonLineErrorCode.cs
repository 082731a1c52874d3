namespace Coop.Domain.Serialization;

/// <summary>
/// What kind of error a <see cref="JsonLineError"/> is, so that a host can say it in its own language from
/// <see cref="JsonLineError.Arguments"/> instead of from the English <see cref="JsonLineError.Message"/>
/// (<see cref="JsonLineError.MessageFa"/> does so in Persian). Each member says which arguments it carries, in order, as
/// culture-invariant text (numbers in ASCII digits). <see cref="JsonLineError.Line"/>, <see cref="JsonLineError.Path"/>
/// and <see cref="JsonLineError.Column"/> are not repeated in the arguments.
/// </summary>
public enum JsonLineErrorCode
{
    /// <summary>Only the English message says what is wrong (e.g. a value a record's constructor refused); no arguments.</summary>
    Unspecified = 0,

    /// <summary>The input holds a NUL byte: it is binary, and reading stopped; no arguments.</summary>
    BinaryInput,

    /// <summary>The line is longer than the limit and was skipped; argument: the limit in bytes.</summary>
    LineTooLong,

    /// <summary>The line is JSON <c>null</c>, not a record; no arguments.</summary>
    NullLine,

    /// <summary>The line is not UTF-8 (e.g. Windows-1256); arguments: the first bad byte as two hex digits (<c>C7</c>), its 1-based column.</summary>
    NotUtf8,

    /// <summary>A text value holds a control character; arguments: its code point as four hex digits (<c>000A</c>), the 1-based column.</summary>
    ControlCharacter,

    /// <summary>The line is not one well-formed JSON value (not JSON, or more than one value); no arguments.</summary>
    NotJson,

    /// <summary>The line ends inside the value: it is truncated; no arguments.</summary>
    Truncated,

    /// <summary>The value is nested deeper than the reader's limit; no arguments.</summary>
    TooDeep,

    /// <summary>An object has a property its type does not have; arguments: the property, the type's name (e.g. <c>Member</c>).</summary>
    UnknownProperty,

    /// <summary>An object has the same property twice; argument: the property (empty when unknown).</summary>
    DuplicateProperty,

    /// <summary>Required properties are missing; argument: the missing properties as the serializer lists them (e.g. <c>'name', 'kind'</c>).</summary>
    MissingProperties,

    /// <summary>
    /// A value is not of the JSON type its field holds; argument: what was expected: <c>array</c>, <c>string</c>,
    /// <c>whole-number</c>, <c>number</c>, <c>boolean</c>, or empty when the field's type has no simple JSON kind.
    /// </summary>
    WrongType,

    /// <summary>
    /// A Solar Hijri date is not valid; arguments: the text as written, the <see cref="Text.ParseErrorCode"/> name of why
    /// (<c>DayNotInMonth</c>, <c>GregorianYear</c>, <c>Syntax</c>, …), then that code's arguments.
    /// </summary>
    InvalidDate,

    /// <summary>A Solar Hijri date is not a JSON string; argument: the JSON token it is (<c>Number</c>, <c>Null</c>, …).</summary>
    DateNotString,

    /// <summary>
    /// An identifier is invalid; arguments: the identifier's type name (<c>NationalCode</c>, <c>LegalEntityId</c>,
    /// <c>RegistrationNumber</c>, <c>Sheba</c>, <c>PostalCode</c>), the text as written, the <see cref="Model.Identifiers.IdentifierRule"/> name.
    /// </summary>
    InvalidIdentifier,

    /// <summary>An identifier is not a JSON string; arguments: the identifier's type name, the JSON token it is.</summary>
    IdentifierNotString,

    /// <summary>An amount is not a JSON number; argument: the JSON token it is.</summary>
    AmountNotNumber,

    /// <summary>An amount is out of the range of <see cref="Model.Money"/>; argument: the number as written (cut at 40 characters).</summary>
    AmountOutOfRange,

    /// <summary>An amount is not a whole number of rials; argument: the number as written (cut at 40 characters).</summary>
    AmountNotWhole,

    /// <summary>An enum value is not a JSON string; arguments: the enum's type name, the JSON token it is.</summary>
    EnumNotString,

    /// <summary>An enum value is not one of its names; arguments: the enum's type name, the text, the names accepted (comma-separated).</summary>
    UnknownEnumValue,

    /// <summary>The share ledger is not an object; argument: the JSON token it is.</summary>
    ShareLedgerNotObject,

    /// <summary>The share ledger has a property it does not know; argument: the property.</summary>
    ShareLedgerUnknownProperty,

    /// <summary>The share ledger lacks <c>nominalValue</c> or <c>entries</c>; argument: the missing property.</summary>
    ShareLedgerMissingProperty,

    /// <summary>The share ledger's entries are not an array; argument: the JSON token they are.</summary>
    ShareLedgerEntriesNotArray,

    /// <summary>A share-register entry is null; no arguments.</summary>
    ShareLedgerNullEntry,

    /// <summary>The record breaks the model's invariants; no arguments: <see cref="JsonLineError.Violations"/> lists them.</summary>
    ModelViolations,

    /// <summary>A registry file is empty; no arguments.</summary>
    EmptyFile,

    /// <summary>A registry's first line is not the header object; no arguments.</summary>
    MissingHeader,

    /// <summary>A registry's first line is an object without the <c>format</c> property; no arguments.</summary>
    HeaderWithoutFormat,

    /// <summary>The header names another format; arguments: the format given, the format expected.</summary>
    NotARegistry,

    /// <summary>The header's version is not supported; arguments: the version given, the version this library reads.</summary>
    UnsupportedVersion,

    /// <summary>A header line appears after the first line; no arguments.</summary>
    MisplacedHeader,

    /// <summary>
    /// A registry line is a JSON value but not an object; argument: what it is: <c>array</c>, <c>string</c>, <c>number</c>,
    /// <c>boolean</c>, <c>null</c> (or the JSON token's name).
    /// </summary>
    NotAnObject,

    /// <summary>The header's count does not match the lines after it; arguments: the count promised, the lines that follow.</summary>
    CountMismatch,

    /// <summary>
    /// A cooperative repeats one already read; arguments: the key's field (<c>nationalId</c> or <c>registrationNumber</c>),
    /// its value, the line that has it first.
    /// </summary>
    DuplicateCooperative,
}
