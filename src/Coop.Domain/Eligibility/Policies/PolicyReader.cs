using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Coop.Domain.Calendar;
using Coop.Domain.Eligibility.Expressions;
using Coop.Domain.Serialization;
using C = Coop.Domain.Eligibility.Policies.PolicyErrorCode;

namespace Coop.Domain.Eligibility.Policies;

/// <summary>Validates a deserialized policy file into the model, collecting every error with its JSON path.</summary>
internal sealed partial class PolicyReader(string? file, Dictionary<string, (int Line, int Column)> positions)
{
    private readonly List<PolicyError> _errors = [];
    private readonly List<PolicyError> _warnings = [];
    private readonly PolicySource _source = new(file, positions);

    public static PolicyError FromJsonException(JsonException e, string? file)
    {
        // The position goes in the error's own line and column, not in the message.
        string message = JsonExceptionText.WithoutPosition(e.Message);
        PolicyErrorCode code;
        string[] arguments;
        if (JsonExceptionText.TryUnmapped(message, out string property, out string typeName))
        {
            (message, arguments) = UnknownPropertyMessage(property, typeName);
            code = PolicyErrorCode.UnknownProperty;
        }
        else if (DuplicateProperty().Match(message) is { Success: true } duplicate)
        {
            message = $"the property '{duplicate.Groups[1].Value}' appears more than once in the same object; keep one (a reader would silently take either)";
            code = PolicyErrorCode.DuplicateProperty;
            arguments = [duplicate.Groups[1].Value];
        }
        else if (message.Contains("could not be converted to", StringComparison.Ordinal))
        {
            string type = JsonExceptionText.TryConvertedTo(message, out string t) ? t : string.Empty;
            message = "wrong type: expected " + Describe(message);
            code = PolicyErrorCode.WrongType;
            arguments = [KindToken(type)];
        }
        else if (message.Contains("maximum configured depth", StringComparison.Ordinal))
        {
            message = $"the JSON nests deeper than {PolicyFile.MaxDepth} levels";
            code = PolicyErrorCode.TooDeep;
            arguments = [PolicyFile.MaxDepth.ToString(CultureInfo.InvariantCulture)];
        }
        else
        {
            message = "malformed JSON: " + message.TrimEnd('.');
            code = PolicyErrorCode.MalformedJson;
            arguments = [];
        }

        return new PolicyError(
            file,
            string.IsNullOrEmpty(e.Path) ? "$" : e.Path,
            e.LineNumber is { } line ? checked((int)line + 1) : null,
            e.BytePositionInLine is { } column ? checked((int)column + 1) : null,
            message) { Code = code, Arguments = arguments };
    }

    public PolicyReadResult Read(PolicyFileDto dto)
    {
        string? id = Identifier(dto.Id, "$.id");
        if (dto.Version is null)
        {
            Add("$", C.MissingProperty, "missing required property 'version'", "version");
        }
        else if (dto.Version < 1)
        {
            Add("$.version", C.InvalidVersion, $"the version must be 1 or more, not {dto.Version}", Invariant(dto.Version.Value));
        }

        PolicyText? title = Text(dto.Title, "$.title", "title");
        SolarHijriDate? from = Date(dto.EffectiveFrom, "$.effectiveFrom", required: true);
        SolarHijriDate? to = Date(dto.EffectiveTo, "$.effectiveTo", required: false);
        if (from is { } f && to is { } t && t < f)
        {
            Add("$.effectiveTo", C.EndsBeforeStart, $"the policy ends ({t}) before it starts ({f})", t.ToString(), f.ToString());
        }

        // Bounded so one evaluation's memory is bounded: a policy over the limit is refused before anything is built.
        bool tooMany = false;
        foreach ((string at, int count) in new[] { ("$.rules", dto.Rules?.Count ?? 0), ("$.parameters", dto.Parameters?.Count ?? 0), ("$.scoring", dto.Scoring?.Count ?? 0) })
        {
            if (count > PolicyFile.MaxItems)
            {
                Add(at, C.TooManyItems, string.Create(CultureInfo.InvariantCulture, $"{count:#,0} items; a policy may have at most {PolicyFile.MaxItems:#,0} (PolicyFile.MaxItems): split it into policies, or use keyed parameters"), Invariant(count), Invariant(PolicyFile.MaxItems));
                tooMany = true;
            }
        }

        if (tooMany)
        {
            return new PolicyReadResult(null, _errors);
        }

        List<PolicyParameter> parameters = Parameters(dto.Parameters);
        var declared = new HashSet<string>(parameters.Select(p => p.Name), StringComparer.Ordinal);
        var unkeyed = new HashSet<string>(parameters.Where(p => !p.IsKeyed).Select(p => p.Name), StringComparer.Ordinal);
        List<PolicyRule> rules = Rules(dto.Rules, declared, unkeyed);
        List<ScoringTerm> scoring = Scoring(dto.Scoring);
        OutcomeMapping? outcomes = Outcomes(dto.Outcomes, AssumptionFailures(dto.AssumptionFailures));

        if (_errors.Count > 0)
        {
            return new PolicyReadResult(null, _errors, _warnings);
        }

        try
        {
            var policy = new Policy(id!, dto.Version!.Value, title!, from!.Value, to, parameters, rules, scoring, outcomes, _source);
            return new PolicyReadResult(policy, [], _warnings);
        }
        catch (ArgumentException e)
        {
            return new PolicyReadResult(null, [_source.Error("$", e.Message)], _warnings);
        }
    }

    private List<PolicyParameter> Parameters(List<ParameterDto>? list)
    {
        var result = new List<PolicyParameter>();
        var names = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < (list?.Count ?? 0); i++)
        {
            string at = Index("$.parameters", i);
            ParameterDto? p = list![i];
            if (p is null)
            {
                Add(at, C.NullItem, "a parameter must be an object, not null", "parameter");
                continue;
            }

            int errorsBefore = _errors.Count;
            string? name = Identifier(p.Name, at + ".name");
            if (name is not null)
            {
                if (!IsIdentifier(name))
                {
                    Add(at + ".name", C.InvalidParameterName, $"the parameter name '{name}' must start with a letter or '_' and contain only letters, digits and '_'", name);
                }
                else if (!names.TryAdd(name, i))
                {
                    Add(at + ".name", C.DuplicateParameter, $"the parameter '{name}' is already declared at $.parameters[{names[name]}]", name, Index("$.parameters", names[name]));
                }
            }

            FactType? type = null;
            if (Required(p.Type, at + ".type") is { } typeName)
            {
                type = ParseType(typeName);
                if (type is null)
                {
                    Add(at + ".type", C.UnknownType, $"unknown type '{typeName}'; expected integer, decimal, money, date, duration, string or boolean", typeName);
                }
            }

            bool keyed = p.Keyed ?? false;
            IReadOnlyList<string>? sources = SourceIds(p.Sources, at + ".sources");
            if (p.Verified is not null)
            {
                _warnings.Add(_source.Error(
                    at + ".verified",
                    "'verified' is no longer read: name the source register ids the values rest on in 'sources' (a value resting on none stands as an assumption; coop sources lists each value's standing)").With(PolicyErrorCode.VerifiedIgnored));
            }

            PolicyText? description = p.Description is null ? null : Text(p.Description, at + ".description", "description");
            var values = new List<DatedParameterValue>();
            if (p.Values is null || p.Values.Count == 0)
            {
                Add(p.Values is null ? at : at + ".values", C.MissingValues, $"the parameter '{name}' needs at least one dated value in 'values'", name ?? string.Empty);
            }
            else
            {
                SolarHijriDate? previous = null;
                for (int j = 0; j < p.Values.Count; j++)
                {
                    string vat = Index(at + ".values", j);
                    ValueDto? v = p.Values[j];
                    if (v is null)
                    {
                        Add(vat, C.NullItem, "a dated value must be an object, not null", "value");
                        continue;
                    }

                    SolarHijriDate? date = Date(v.From, vat + ".from", required: true);
                    if (date is { } d && previous is { } prev && d <= prev)
                    {
                        Add(vat + ".from", C.ValuesOutOfOrder, $"the dates of the values are out of order: {d} comes after {prev}; list values in increasing date order, each date once", d.ToString(), prev.ToString());
                    }

                    previous = date ?? previous;
                    if (type is null || date is null)
                    {
                        continue;
                    }

                    DatedParameterValue? value = DatedValue(v, vat, date.Value, type, keyed);
                    if (value is not null)
                    {
                        values.Add(value);
                    }
                }
            }

            if (_errors.Count == errorsBefore)
            {
                result.Add(new PolicyParameter(name!, type!, keyed, values, p.Unit, description, p.Source, sources));
            }
        }

        return result;
    }

    private DatedParameterValue? DatedValue(ValueDto v, string at, SolarHijriDate date, FactType type, bool keyed)
    {
        IReadOnlyList<string>? sources = SourceIds(v.Sources, at + ".sources");
        JsonElement element = v.Value;
        switch (element.ValueKind)
        {
            case JsonValueKind.Undefined:
                Add(at, C.MissingProperty, "missing required property 'value' (write null to end the parameter on this date)", "value", "value");
                return null;
            case JsonValueKind.Null:
                return new DatedParameterValue(date, null, null, v.Reference, sources);
        }

        if (!keyed)
        {
            return Scalar(element, at + ".value", type) is { } one ? new DatedParameterValue(date, one, null, v.Reference, sources) : null;
        }

        if (element.ValueKind != JsonValueKind.Object)
        {
            Add(at + ".value", C.KeyedValueNotObject, "a keyed parameter's value must be an object mapping each key to a value, e.g. { \"consumer\": 7 }");
            return null;
        }

        var table = new Dictionary<string, FactValue>(StringComparer.Ordinal);
        bool ok = true;
        foreach (JsonProperty property in element.EnumerateObject())
        {
            if (Scalar(property.Value, JsonPositions.Append(at + ".value", property.Name), type) is { } item)
            {
                if (!table.TryAdd(property.Name, item))
                {
                    Add(JsonPositions.Append(at + ".value", property.Name), C.DuplicateKey, $"the key '{property.Name}' appears twice", property.Name);
                    ok = false;
                }
            }
            else
            {
                ok = false;
            }
        }

        return ok ? new DatedParameterValue(date, null, table, v.Reference, sources) : null;
    }

    private FactValue? Scalar(JsonElement e, string at, FactType type)
    {
        switch (type.Kind)
        {
            case FactTypeKind.Boolean when e.ValueKind is JsonValueKind.True or JsonValueKind.False:
                return FactValue.Boolean(e.GetBoolean());
            case FactTypeKind.Integer when e.ValueKind == JsonValueKind.Number && e.TryGetInt64(out long n):
                return FactValue.Integer(n);
            case FactTypeKind.Decimal when e.ValueKind == JsonValueKind.Number && e.TryGetDecimal(out decimal d):
                return FactValue.Decimal(d);
            case FactTypeKind.String when e.ValueKind == JsonValueKind.String:
                return FactValue.String(e.GetString()!);
            case FactTypeKind.Date when e.ValueKind == JsonValueKind.String:
                if (CalendarConversion.TryReadSolarHijriDay(e.GetString()!, out SolarHijriDate day, out string? dayError))
                {
                    return FactValue.Date(day);
                }

                Add(at, C.InvalidDate, $"invalid date '{e.GetString()}': {dayError}", e.GetString()!);
                return null;
            case FactTypeKind.Money or FactTypeKind.Duration when e.ValueKind == JsonValueKind.String:
                string text = e.GetString()!;
                try
                {
                    if (Parser.Parse(text, ExpressionLimits.Default) is LiteralSyntax literal && literal.Value.Kind == type.Kind)
                    {
                        return literal.Value;
                    }
                }
                catch (ExpressionCompileException)
                {
                    // Reported below with the expected form.
                }

                Add(at, type.Kind == FactTypeKind.Money ? C.InvalidMoney : C.InvalidDuration, type.Kind == FactTypeKind.Money
                    ? $"'{text}' is not an amount of money; write it with a unit, e.g. \"500_000_000 rial\" or \"50 million toman\""
                    : $"'{text}' is not a duration; write e.g. \"4 months\", \"30 days\" or \"1 year\"", text);
                return null;
        }

        if (type.Kind == FactTypeKind.Money)
        {
            Add(at, C.BareMoney, "a money value must be a string with a unit, e.g. \"500_000_000 rial\" (a bare number is ambiguous between rial and toman)");
            return null;
        }

        Add(at, C.WrongValueType, type.Kind switch
        {
            FactTypeKind.Integer => $"expected a whole number for this Integer parameter, not {Show(e)}",
            FactTypeKind.Decimal => $"expected a number for this Decimal parameter, not {Show(e)}",
            FactTypeKind.Boolean => $"expected true or false for this Boolean parameter, not {Show(e)}",
            FactTypeKind.Date => $"expected a Solar Hijri date string such as \"1404/01/01\", not {Show(e)}",
            FactTypeKind.Duration => $"expected a duration string such as \"4 months\", not {Show(e)}",
            _ => $"expected a string for this String parameter, not {Show(e)}",
        }, type.Kind switch
        {
            FactTypeKind.Integer => "integer",
            FactTypeKind.Decimal => "decimal",
            FactTypeKind.Boolean => "boolean",
            FactTypeKind.Date => "date",
            FactTypeKind.Duration => "duration",
            _ => "string",
        }, Raw(e));
        return null;
    }

    private List<PolicyRule> Rules(List<RuleDto>? list, HashSet<string> declared, HashSet<string> unkeyed)
    {
        var result = new List<PolicyRule>();
        if (list is null)
        {
            Add("$", C.MissingProperty, "missing required property 'rules'", "rules");
            return result;
        }

        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < list.Count; i++)
        {
            string at = Index("$.rules", i);
            RuleDto? r = list[i];
            if (r is null)
            {
                Add(at, C.NullItem, "a rule must be an object, not null", "rule");
                continue;
            }

            int errorsBefore = _errors.Count;
            string? id = Identifier(r.Id, at + ".id");
            if (id is not null && !ids.TryAdd(id, i))
            {
                Add(at + ".id", C.DuplicateRuleId, $"the rule id '{id}' is already used by $.rules[{ids[id]}]", id, Index("$.rules", ids[id]));
            }

            string? code = Identifier(r.Code, at + ".code");
            RuleSeverity? severity = Required(r.Severity, at + ".severity") is { } s ? Enum<RuleSeverity>(s, at + ".severity", "blocking, warning or info") : null;
            string? check = Expression(r.Check, at + ".check", required: true);
            Expression(r.When, at + ".when", required: false);
            Expression(r.Observed, at + ".observed", required: false);
            Expression(r.Required, at + ".required", required: false);
            PolicyText? message = Text(r.Message, at + ".message", "message");
            IReadOnlyList<string>? sources = SourceIds(r.Sources, at + ".sources");
            if (message is not null)
            {
                Placeholders(message.Fa, at + ".message.fa", r, declared, unkeyed);
                Placeholders(message.En, at + ".message.en", r, declared, unkeyed);
            }

            if (_errors.Count == errorsBefore)
            {
                result.Add(new PolicyRule(id!, code!, severity!.Value, check!, message!, r.When, r.Observed, r.Required, r.Citation, sources));
            }
        }

        return result;
    }

    private void Placeholders(string text, string at, RuleDto rule, HashSet<string> declared, HashSet<string> unkeyed)
    {
        foreach (Match m in Placeholder().Matches(text))
        {
            string name = m.Groups[1].Value;
            if (name == "observed" && rule.Observed is null)
            {
                Add(at, C.PlaceholderWithoutExpression, "the message uses {observed} but the rule has no 'observed' expression", "observed");
            }
            else if (name == "required" && rule.Required is null)
            {
                Add(at, C.PlaceholderWithoutExpression, "the message uses {required} but the rule has no 'required' expression", "required");
            }
            else if (name.StartsWith("parameter:", StringComparison.Ordinal))
            {
                string parameter = name["parameter:".Length..];
                if (!declared.Contains(parameter))
                {
                    Add(at, C.PlaceholderUnknownParameter, $"the message uses {{{name}}} but no parameter '{parameter}' is declared", parameter);
                }
                else if (!unkeyed.Contains(parameter))
                {
                    Add(at, C.PlaceholderKeyedParameter, $"the message uses {{{name}}} but '{parameter}' is keyed; use a 'required' expression such as $" + parameter + "[key] and {required}", parameter);
                }
            }
            else if (name is not ("observed" or "required" or "asOf"))
            {
                Add(at, C.UnknownPlaceholder, $"unknown placeholder {{{name}}}; use {{observed}}, {{required}}, {{asOf}} or {{parameter:name}}", name);
            }
        }
    }

    private List<ScoringTerm> Scoring(List<ScoringDto>? list)
    {
        var result = new List<ScoringTerm>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        for (int i = 0; i < (list?.Count ?? 0); i++)
        {
            string at = Index("$.scoring", i);
            ScoringDto? s = list![i];
            if (s is null)
            {
                Add(at, C.NullItem, "a scoring term must be an object, not null", "scoring");
                continue;
            }

            int errorsBefore = _errors.Count;
            string? id = Identifier(s.Id, at + ".id");
            if (id is not null && !ids.Add(id))
            {
                Add(at + ".id", C.DuplicateScoringId, $"the scoring term id '{id}' is used twice", id);
            }

            string? when = Expression(s.When, at + ".when", required: true);
            IReadOnlyList<string>? sources = SourceIds(s.Sources, at + ".sources");
            if (s.Points is null)
            {
                Add(at, C.MissingProperty, "missing required property 'points'", "points");
            }

            if (_errors.Count == errorsBefore)
            {
                result.Add(new ScoringTerm(id!, when!, s.Points!.Value, s.Weight ?? 1m, sources));
            }
        }

        // A score is a sum of points × weight over the terms that hold: if every term holding cannot overflow a decimal,
        // no evaluation can. A policy whose score could is refused here rather than failing on some applicant.
        decimal largest = 0m;
        for (int i = 0; i < result.Count; i++)
        {
            try
            {
                largest += Math.Abs(result[i].Points * result[i].Weight);
            }
            catch (OverflowException)
            {
                Add(Index("$.scoring", i), C.ScoreOverflow, string.Create(CultureInfo.InvariantCulture,
                    $"points × weight of '{result[i].Id}' ({result[i].Points} × {result[i].Weight}) can take the score beyond the range of a decimal (±{decimal.MaxValue:0.###E+0}); use smaller points or weights"), result[i].Id, Invariant(result[i].Points), Invariant(result[i].Weight));
                break;
            }
        }

        return result;
    }

    private AssumptionFailureHandling AssumptionFailures(string? text) =>
        text is null ? AssumptionFailureHandling.NeedsReview
            : Enum<AssumptionFailureHandling>(text, "$.assumptionFailures", "needsReview or asMapped") ?? AssumptionFailureHandling.NeedsReview;

    private OutcomeMapping? Outcomes(List<OutcomeDto>? list, AssumptionFailureHandling assumptionFailures)
    {
        if (list is null)
        {
            return assumptionFailures == AssumptionFailureHandling.NeedsReview
                ? null
                : new OutcomeMapping(OutcomeMapping.Default.Rules, assumptionFailures);
        }

        var lines = new List<OutcomeRule>();
        for (int i = 0; i < list.Count; i++)
        {
            string at = Index("$.outcomes", i);
            OutcomeDto? o = list[i];
            if (o is null)
            {
                Add(at, C.NullItem, "an outcome line must be an object, not null", "outcome");
                continue;
            }

            RuleSeverity? severity = Required(o.Severity, at + ".severity") is { } s ? Enum<RuleSeverity>(s, at + ".severity", "blocking, warning or info") : null;
            RuleStatus? status = Required(o.Status, at + ".status") is { } st ? Enum<RuleStatus>(st, at + ".status", "passed, failed, notApplicable, incomplete or error") : null;
            PolicyOutcome? outcome = Required(o.Outcome, at + ".outcome") is { } oc ? Enum<PolicyOutcome>(oc, at + ".outcome", "eligible, ineligible, incomplete or needsReview") : null;
            if (outcome == PolicyOutcome.Eligible)
            {
                // Eligible is what no matching row means; a row giving it can only stop the rows after it from applying.
                Add(at + ".outcome", C.EligibleOutcomeRow, "a row cannot map to eligible (the outcome when no row matches): it would only hide the rows after it, such as a failed blocking rule's; remove the row");
            }

            if (severity is not null && status is not null && outcome is not null)
            {
                lines.Add(new OutcomeRule(severity.Value, status.Value, outcome.Value));
            }
        }

        if (list.Count == 0)
        {
            Add("$.outcomes", C.EmptyOutcomes, "the outcome table is empty, so every applicant would be eligible whatever rule fails: give its rows, or leave 'outcomes' out for the default (a failed blocking rule → ineligible, incomplete → incomplete, error → needs review, a failed warning → needs review; docs/policies.md)");
        }
        else if (!lines.Any(l => l is { Severity: RuleSeverity.Blocking, Status: RuleStatus.Failed }) && _errors.Count == 0)
        {
            Add("$.outcomes", C.NoBlockingFailedRow, "no row maps a failed blocking rule (severity blocking, status failed), so an applicant failing one would end eligible: add a row such as {\"severity\": \"blocking\", \"status\": \"failed\", \"outcome\": \"ineligible\"}");
        }

        return new OutcomeMapping(lines, assumptionFailures);
    }

    /// <summary>A 'sources' list: each item a kebab-case register id, none twice; null when absent (or empty).</summary>
    private List<string>? SourceIds(List<string>? ids, string at)
    {
        if (ids is null)
        {
            return null;
        }

        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < ids.Count; i++)
        {
            string item = Index(at, i);
            if (ids[i] is not { } id)
            {
                Add(item, C.NullItem, "a source id must be a string, not null", "source-id");
            }
            else if (!Sources.Source.IsValidId(id))
            {
                Add(item, C.InvalidSourceId, $"'{id}' is not a source id: ids are kebab-case (lower-case letters and digits joined by single hyphens, e.g. coop-sector-law-art-54), as in the source register", id);
            }
            else if (!seen.TryAdd(id, i))
            {
                Add(item, C.DuplicateSourceId, $"the source '{id}' is listed twice (also at {Index(at, seen[id])})", id, Index(at, seen[id]));
            }
        }

        return ids.Count == 0 ? null : ids;
    }

    private string? Expression(string? text, string at, bool required)
    {
        if (text is null)
        {
            if (required)
            {
                Add(ParentOf(at), C.MissingProperty, $"missing required property '{LastSegment(at)}'", LastSegment(at));
            }

            return null;
        }

        try
        {
            Parser.Parse(text, ExpressionLimits.Default);
        }
        catch (ExpressionCompileException e)
        {
            _errors.Add(ExpressionFailure(_source, at, text, e.Error));
        }

        return text;
    }

    private PolicyText? Text(TextDto? dto, string at, string what)
    {
        if (dto is null)
        {
            Add(ParentOf(at), C.MissingProperty, $"missing required property '{what}' (an object with 'fa' and 'en')", what, "text");
            return null;
        }

        string? fa = Required(dto.Fa, at + ".fa");
        string? en = Required(dto.En, at + ".en");
        return fa is null || en is null ? null : new PolicyText(fa, en);
    }

    private SolarHijriDate? Date(string? text, string at, bool required)
    {
        if (text is null)
        {
            if (required)
            {
                Add(ParentOf(at), C.MissingProperty, $"missing required property '{LastSegment(at)}'", LastSegment(at));
            }

            return null;
        }

        if (!CalendarConversion.TryReadSolarHijriDay(text, out SolarHijriDate day, out string? error))
        {
            Add(at, C.InvalidDate, $"invalid date '{text}': {error}", text);
            return null;
        }

        return day;
    }

    private string? Required(string? value, string at)
    {
        if (value is null)
        {
            Add(ParentOf(at), C.MissingProperty, $"missing required property '{LastSegment(at)}'", LastSegment(at));
            return null;
        }

        if (string.IsNullOrWhiteSpace(value))
        {
            Add(at, C.EmptyValue, $"'{LastSegment(at)}' must not be empty", LastSegment(at));
            return null;
        }

        return value;
    }

    // An identifier (the policy id, a parameter name, a rule id or code, a scoring term id) must look like what it is:
    // two that render the same must be the same string. Invisible and bidirectional-control characters, and the Arabic
    // letters that look like the Persian ones, are refused (the message names the character and where).
    private string? Identifier(string? value, string at)
    {
        if (Required(value, at) is not { } text)
        {
            return null;
        }

        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            string? problem = c switch
            {
                '\u064A' => "the Arabic letter ي (U+064A): write the Persian ی (U+06CC), so ids that look the same are the same",
                '\u0643' => "the Arabic letter ك (U+0643): write the Persian ک (U+06A9), so ids that look the same are the same",
                _ when char.GetUnicodeCategory(c) is UnicodeCategory.Format or UnicodeCategory.Control =>
                    string.Create(CultureInfo.InvariantCulture, $"the invisible or direction-control character U+{(int)c:X4}: an identifier must show every character it holds"),
                _ => null,
            };
            if (problem is not null)
            {
                Add(at, C.IdentifierCharacter, string.Create(CultureInfo.InvariantCulture, $"'{LastSegment(at)}' holds {problem} (character {i + 1})"),
                    LastSegment(at), string.Create(CultureInfo.InvariantCulture, $"U+{(int)c:X4}"), Invariant(i + 1));
                return null;
            }
        }

        return text;
    }

    private T? Enum<T>(string text, string at, string expected)
        where T : struct, Enum
    {
        foreach (T value in System.Enum.GetValues<T>())
        {
            if (string.Equals(value.ToString(), text, StringComparison.OrdinalIgnoreCase))
            {
                return value;
            }
        }

        Add(at, C.UnknownValue, $"unknown value '{text}'; expected {expected}", [text, .. System.Enum.GetNames<T>().Select(n => char.ToLowerInvariant(n[0]) + n[1..])]);
        return null;
    }

    private void Add(string at, PolicyErrorCode code, string message, params string[] arguments) => _errors.Add(_source.Error(at, message).With(code, arguments));

    /// <summary>An expression's compile error at <paramref name="at"/>: its kind, its column in the expression, and the part at fault.</summary>
    internal static PolicyError ExpressionFailure(PolicySource? source, string at, string text, ExpressionError error)
    {
        int column = Math.Max(1, error.Column);
        PolicyError located = source?.Error(at, error.Message, column) ?? new PolicyError(null, at, null, column, error.Message);
        int start = Math.Min(column - 1, text.Length);
        string part = text.Substring(start, Math.Clamp(error.Length, 0, text.Length - start)).Trim();
        return located.With(PolicyErrorCode.Expression, part) with { ExpressionKind = error.Kind };
    }

    private static string Invariant(long value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Invariant(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>The JSON a value holds, for an error's argument: a string quoted, an object or array elided.</summary>
    private static string Raw(JsonElement e) => e.ValueKind switch
    {
        JsonValueKind.String => "\"" + e.GetString() + "\"",
        JsonValueKind.Object => "{…}",
        JsonValueKind.Array => "[…]",
        _ => e.GetRawText(),
    };

    /// <summary>The JSON kind a .NET type (by full name) is read from, as a <see cref="PolicyErrorCode.WrongType"/> argument.</summary>
    internal static string KindToken(string typeName) => JsonExceptionText.KindCode(typeName) switch
    {
        "whole-number" => "integer",
        { } kind => kind,
        null when typeName.TrimEnd(']').EndsWith("Dto", StringComparison.Ordinal) => "object",
        null => "value",
    };

    internal static FactType? ParseType(string name) => name.ToUpperInvariant() switch
    {
        "INTEGER" => FactType.Integer,
        "DECIMAL" => FactType.Decimal,
        "MONEY" => FactType.Money,
        "DATE" => FactType.Date,
        "DURATION" => FactType.Duration,
        "STRING" => FactType.String,
        "BOOLEAN" => FactType.Boolean,
        _ => null,
    };

    private static bool IsIdentifier(string name)
    {
        if (!(char.IsLetter(name[0]) || name[0] == '_'))
        {
            return false;
        }

        foreach (char c in name)
        {
            if (!(char.IsLetterOrDigit(c) || c == '_'))
            {
                return false;
            }
        }

        return true;
    }

    private static string Index(string path, int i) => path + "[" + i.ToString(CultureInfo.InvariantCulture) + "]";

    private static string ParentOf(string path) => path[..path.LastIndexOf('.')];

    private static string LastSegment(string path) => path[(path.LastIndexOf('.') + 1)..];

    private static string Show(JsonElement e) => e.ValueKind switch
    {
        JsonValueKind.String => "the string \"" + e.GetString() + "\"",
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        _ => e.GetRawText(),
    };

    private static string Describe(string message)
    {
        string type = JsonExceptionText.TryConvertedTo(message, out string t) ? t : string.Empty;
        return JsonExceptionText.Kind(type)
            ?? (type.EndsWith("Dto", StringComparison.Ordinal) ? "an object" : "a different kind of value");
    }

    // The object types of the file format by the full name System.Text.Json gives in its message; a fixed table,
    // so no type is ever looked up by a string from the file.
    private static readonly Dictionary<string, Type> s_objectTypes = new[]
    {
        typeof(PolicyFileDto), typeof(TextDto), typeof(ParameterDto), typeof(ValueDto), typeof(RuleDto), typeof(ScoringDto), typeof(OutcomeDto),
    }.ToDictionary(t => t.FullName!, StringComparer.Ordinal);

    /// <summary>"unknown property 'chek' — did you mean 'check'?", or the list of the object's properties when none is close.</summary>
    private static (string Message, string[] Arguments) UnknownPropertyMessage(string name, string typeName)
    {
        if (!s_objectTypes.TryGetValue(typeName, out Type? type) || PolicyJsonContext.Default.GetTypeInfo(type) is not { } info)
        {
            return ($"unknown property '{name}' (check its spelling; docs/policies.md lists the properties)", [name, string.Empty]);
        }

        string[] known = [.. info.Properties.Select(p => p.Name)];
        return (Suggestions.UnknownProperty(name, known), UnknownPropertyArguments(name, known));
    }

    /// <summary>The <see cref="PolicyErrorCode.UnknownProperty"/> arguments: the name, the closest known property (or empty), then the known ones when none is close.</summary>
    internal static string[] UnknownPropertyArguments(string name, IReadOnlyCollection<string> known) =>
        Suggestions.Closest(name, known) is { } close ? [name, close] : [name, string.Empty, .. known];

    [GeneratedRegex(@"^Duplicate property '([^']*)'", RegexOptions.CultureInvariant)]
    private static partial Regex DuplicateProperty();


    [GeneratedRegex(@"\{([A-Za-z]+(?::[A-Za-z_][A-Za-z0-9_]*)?)\}", RegexOptions.CultureInvariant)]
    private static partial Regex Placeholder();
}
