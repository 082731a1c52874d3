namespace Coop.Domain.Eligibility.Scenarios;

/// <summary>
/// What kind of problem a <see cref="ScenarioError"/> is; its <see cref="ScenarioError.File"/>, <see cref="ScenarioError.Case"/>,
/// <see cref="ScenarioError.JsonPath"/>, line and column say where, and its <see cref="ScenarioError.Arguments"/> (invariant-culture
/// strings) the values each member lists. <see cref="ScenarioError.MessageFa"/> says each in Persian. New members may be added; a
/// host should treat an unknown one as <see cref="Unspecified"/>.
/// </summary>
public enum ScenarioErrorCode
{
    /// <summary>Only the English <see cref="ScenarioError.Message"/> says what is wrong (an error a host made itself). No arguments.</summary>
    Unspecified = 0,

    /// <summary>
    /// An error of a policy the scenario runs (a policy file that does not read or compile, or a provider's policy that does not
    /// load): <see cref="ScenarioError.PolicyError"/> is that error, with its own code, and says it. No arguments.
    /// </summary>
    Policy,

    /// <summary>
    /// The scenario file or a base cooperative file is not well-formed JSON (or nests too deep, or repeats a property):
    /// <see cref="ScenarioError.PolicyError"/> is the error as the policy reader says it. No arguments.
    /// </summary>
    MalformedJson,

    /// <summary>An empty path was given to the runner. No arguments.</summary>
    EmptyPath,

    /// <summary>A folder given to the runner holds no scenario files. Arguments: the extension looked for (<c>.scenario.json</c>).</summary>
    NoScenarioFiles,

    /// <summary>A path given to the runner is neither a file nor a folder. No arguments.</summary>
    PathNotFound,

    /// <summary>
    /// A path given to the runner cannot be looked at. Arguments: the operating system's reason, in English; then the name
    /// of its <see cref="Text.IoFailureKind"/>, which the Persian message says in Persian.
    /// </summary>
    PathUnreadable,

    /// <summary>A file to read (the scenario, a policy or a base cooperative) is a folder. Arguments: which, <c>scenario</c>, <c>policy</c> or <c>cooperative</c>.</summary>
    NotAFile,

    /// <summary>A file to read does not exist (it went away while being read). No arguments.</summary>
    FileNotFound,

    /// <summary>
    /// A file to read cannot be read (permissions, an I/O error). Arguments: the operating system's reason, in English; then
    /// the name of its <see cref="Text.IoFailureKind"/>, which the Persian message says in Persian.
    /// </summary>
    FileUnreadable,

    /// <summary>A file to read is over the size limit. Arguments: the limit in bytes; then the file's size in bytes, when known.</summary>
    FileTooLarge,

    /// <summary>The file is empty or white space. Arguments: what it should hold, <c>scenario</c> or <c>cooperative</c>.</summary>
    EmptyFile,

    /// <summary>The file is not UTF-8 text (it looks binary). Arguments: what it should hold, <c>scenario</c> or <c>cooperative</c>.</summary>
    NotText,

    /// <summary>
    /// The file's JSON is not an object. Arguments: what it should hold, <c>scenario</c> or <c>cooperative</c>; the kind found
    /// (<c>array</c>, <c>string</c>, <c>number</c>, <c>boolean</c>, <c>null</c>).
    /// </summary>
    NotAnObject,

    /// <summary>The scenario could not be read for a reason the checks did not foresee. Arguments: the reason, in English.</summary>
    Unreadable,

    /// <summary>
    /// A property the file format does not have. Arguments: the property; the closest known property, or empty; when none is
    /// close, the known properties of that object.
    /// </summary>
    UnknownProperty,

    /// <summary>
    /// A value of the wrong JSON type. Arguments: what was expected — <c>string</c>, <c>object</c>, <c>array</c>, <c>number</c>,
    /// <c>case</c>, <c>date</c>, <c>rule</c>, <c>score</c>, <c>policy-files</c>, <c>policy-id</c>, <c>cooperative-file-or-object</c>,
    /// <c>application-or-null</c>, <c>cooperative-patch</c> or <c>application-patch</c>; then the kind found (<c>object</c>,
    /// <c>array</c>, <c>string</c>, <c>number</c>, <c>boolean</c>, <c>null</c>).
    /// </summary>
    WrongType,

    /// <summary>A required property is missing. Arguments: the property, <c>cases</c>, <c>policy</c>, <c>name</c> or <c>expect</c>.</summary>
    MissingProperty,

    /// <summary>The file has an empty <c>cases</c> array. No arguments.</summary>
    NoCases,

    /// <summary>The file gives both <c>policy</c> and <c>policyId</c>. No arguments.</summary>
    PolicyAndPolicyId,

    /// <summary>The <c>policy</c> array is empty. No arguments.</summary>
    EmptyPolicyList,

    /// <summary>A policy path names a folder. Arguments: the path as written.</summary>
    PolicyIsFolder,

    /// <summary>A policy file does not exist. Arguments: the file, as errors name it.</summary>
    PolicyFileNotFound,

    /// <summary>No policy of the runner's provider has the <c>policyId</c>. Arguments: the id; then the ids the provider knows.</summary>
    UnknownPolicyId,

    /// <summary>
    /// The policy files are not versions of one policy. What conflicts is <see cref="ScenarioError.PolicyError"/>, the error
    /// <see cref="Policies.Policy.VersionConflict"/> gives (<see cref="Policies.PolicyErrorCode.DifferentPolicies"/>,
    /// <see cref="Policies.PolicyErrorCode.DuplicateVersion"/> or <see cref="Policies.PolicyErrorCode.VersionsOverlap"/>, with
    /// their arguments); no arguments then. Only when no such error explains it: the reason in English.
    /// </summary>
    PolicyVersionsConflict,

    /// <summary>The base cooperative file does not exist. Arguments: the file, as errors name it.</summary>
    BaseCooperativeNotFound,

    /// <summary>
    /// The base cooperative (a file, or an object in the scenario) does not read as a cooperative; the error says why in
    /// Persian after its frame. Arguments: <c>file</c> for a base cooperative file, <c>inline</c> for an object in the scenario.
    /// </summary>
    BaseCooperativeInvalid,

    /// <summary>The base application does not read as a facility application. No arguments.</summary>
    BaseApplicationInvalid,

    /// <summary>
    /// A case's cooperative or application, after its merge patch, does not read as one. Arguments: <c>cooperative</c> or
    /// <c>application</c>; the JSON path inside the value, or <c>$</c> for the whole.
    /// </summary>
    PatchedValueInvalid,

    /// <summary>A case name is blank. No arguments.</summary>
    BlankCaseName,

    /// <summary>A case name is used twice. Arguments: the name; the index of the case that used it first.</summary>
    DuplicateCaseName,

    /// <summary>A case has no as-of date, in itself or at the top of the file. No arguments.</summary>
    NoAsOf,

    /// <summary>
    /// No version of the policy is in force on the case's as-of date. Arguments: the policy id; the date (<c>1404/01/01</c>);
    /// then, for each version, its number, its first day and its last day (empty when open-ended). Said in the words of
    /// <see cref="Policies.PolicyNotInForceException.MessageFa"/>.
    /// </summary>
    PolicyNotInForce,

    /// <summary>A case's <c>cooperative</c> is null. No arguments.</summary>
    NullCooperative,

    /// <summary>A case has no cooperative: no base cooperative and none in the case. No arguments.</summary>
    NoCooperative,

    /// <summary>A merge patch's <c>$null</c> is not <c>true</c>. No arguments.</summary>
    PatchNullNotTrue,

    /// <summary>A merge patch mixes an array operation with other properties. Arguments: the other properties, joined by <c>, </c>.</summary>
    PatchMixedOperations,

    /// <summary>
    /// An array operation applies where the base value is not an array. Arguments: the operations, joined by <c>, </c>; the kind
    /// of the base value (<c>object</c>, <c>string</c>, …), or empty when the base has no value there.
    /// </summary>
    PatchTargetNotArray,

    /// <summary><c>$patch</c> is not an object of indexes to merge patches. Arguments: the kind found.</summary>
    PatchNotObject,

    /// <summary><c>$remove</c> is not an array of indexes. Arguments: the kind found.</summary>
    RemoveNotArray,

    /// <summary><c>$append</c> is not an array. Arguments: the kind found.</summary>
    AppendNotArray,

    /// <summary>
    /// A <c>$patch</c> key or <c>$remove</c> item is not an index of the base array. Arguments: the key, or the item as JSON
    /// (<c>object</c>, <c>array</c> or <c>null</c> for one that is not a plain value); the number of elements of the base array.
    /// </summary>
    IndexOutOfRange,

    /// <summary>A <c>$patch</c> element patch is null. No arguments.</summary>
    NullElementPatch,

    /// <summary>A <c>$remove</c> index is listed twice. Arguments: the index.</summary>
    DuplicateIndex,

    /// <summary>An expected outcome is not one of the four. Arguments: the outcome as written.</summary>
    UnknownOutcome,

    /// <summary>A <c>score</c> range has neither <c>min</c> nor <c>max</c>. No arguments.</summary>
    EmptyScoreRange,

    /// <summary>A <c>score</c> range has <c>min</c> above <c>max</c>. Arguments: the minimum; the maximum.</summary>
    ReversedScoreRange,

    /// <summary>A case's <c>expect</c> expects nothing. No arguments.</summary>
    ExpectsNothing,

    /// <summary>
    /// An expectation names a rule the policy does not have. Arguments: the policy id; the code or id as written; then the
    /// policy's rule codes.
    /// </summary>
    UnknownRule,

    /// <summary>A rule is listed in two expectation lists (or twice in one). Arguments: the code or id; the list it is already in.</summary>
    RuleListedTwice,

    /// <summary>
    /// A date is not a Solar Hijri day. Arguments: the date as written. <see cref="ScenarioError.DateError"/> says why.
    /// </summary>
    InvalidDate,
}
