using Coop.Domain.Calendar;
using Coop.Domain.Eligibility.Expressions;
using Coop.Domain.Eligibility.Sources;

namespace Coop.Domain.Eligibility.Policies;

/// <summary>
/// A policy compiled against a fact schema: every expression parsed, type-checked and compiled once, parameters
/// declared from the policy's parameter table. Immutable and thread-safe; evaluate as often as needed.
/// </summary>
/// <typeparam name="TRoot">The root type of the facts.</typeparam>
public sealed class CompiledPolicy<TRoot> : IDeferredRuleResults
    where TRoot : class
{
    private readonly CompiledRule[] _rules;

    // Whether the schema's facts never change once built (FactSchema.FactsAreImmutable): a decision then keeps the
    // facts and its rules' statuses, and builds its rule results (observed and required values, missing facts, errors)
    // when first read.
    private readonly bool _deferResults;
    private readonly (ScoringTerm Term, CompiledCondition<TRoot> When)[] _scoring;

    // The untraced delegates laid out flat for the hot loops: one array read per rule instead of a walk through
    // CompiledRule and CompiledCondition; scoring points already multiplied by their weights.
    private readonly PlainRule[] _plain;

    // Renders the messages of this policy's results when a decision's reasons are read.
    private readonly RuleMessages _messages;
    private readonly (Eval<bool> When, decimal Points)[] _plainScoring;

    // The outcome mapping as bits: a rule result (severity, status) sets bit severity * 8 + status, and the first
    // mapping line whose bit is set decides. Exact while every severity and status fits in 3 bits, which holds
    // for every defined enum value; otherwise (_maskIsExact false) the lines are matched against the statuses.
    // A failure that rests on an unverified assumption, when the policy softens those (the default), sets the bit of
    // the unused status SoftFailed instead of Failed: a line matched only by such bits gives its softened outcome.
    private readonly (ulong Firm, ulong Soft, PolicyOutcome Outcome, PolicyOutcome SoftOutcome)[] _outcomeBits;
    private readonly bool _maskIsExact;

    // The rules that may fail resting on an assumption on some date, when the policy softens such failures; empty
    // otherwise. Which dates is a binary search in the rule's precomputed timeline (RuleBasis.SetAt): no allocation.
    private readonly int[] _softRules;

    // The scoring points (× weight) as whole numbers, when every term's are integers of scale 0 (so that the sum
    // prints as the decimal sum would) within ±2^56; otherwise null.
    private readonly long[]? _integralPoints;

    // The second tier (TreeCompiler): the rules and scoring terms as generated methods for one as-of date (its
    // parameter values folded in), built once the policy has been evaluated PromoteAfter times in a row at that date
    // on a runtime that compiles dynamic code; at most MaxSpecializations dates. Other dates, and every date under
    // native AOT, use the closures above. _promotion: 0 idle, 1 compiling, 2 failed (never again).
    private Generated[] _generated = [];
    private SolarHijriDate _candidate;
    private int _evaluations;
    private int _promotion;

    /// <summary>The policy.</summary>
    public Policy Policy { get; }

    /// <summary>The policy's dated parameter values.</summary>
    public PolicyParameterSource Parameters { get; }

    /// <summary>What the policy rests on, read against the register it was compiled with: each rule's and parameter value's sources and standing.</summary>
    public PolicyBasis Basis { get; }

    /// <summary>Compiles a policy against a fact schema, collecting every expression error.</summary>
    /// <param name="policy">The policy.</param>
    /// <param name="schema">The fact schema its expressions refer to.</param>
    /// <param name="limits">Expression limits, or null for the defaults.</param>
    /// <param name="sources">The source register the policy's <c>sources</c> ids name entries of; null for the register
    /// shipped in the package (<see cref="SourceRegister.Shipped"/>).</param>
    /// <exception cref="ArgumentNullException"><paramref name="policy"/> or <paramref name="schema"/> is null.</exception>
    /// <exception cref="PolicyLoadException">An expression does not compile, a scoring term's points × weight overflows a
    /// decimal, or a source id is not in the register; the errors carry JSON paths (e.g. <c>$.rules[3].check</c>), the
    /// line for a file, and the column in the expression.</exception>
    public CompiledPolicy(Policy policy, FactSchema<TRoot> schema, ExpressionLimits? limits = null, SourceRegister? sources = null)
    {
        ArgumentNullException.ThrowIfNull(policy);
        ArgumentNullException.ThrowIfNull(schema);
        var compiler = new ExpressionCompiler<TRoot>(schema, policy.Parameters.Select(p => p.Declaration), limits);
        _deferResults = schema.FactsAreImmutable;
        PolicyBasis basis = PolicyBasis.Of(policy, sources ?? SourceRegister.Shipped);
        var errors = new List<PolicyError>(basis.Errors);
        var rules = new CompiledRule[policy.Rules.Count];
        for (int i = 0; i < rules.Length; i++)
        {
            PolicyRule rule = policy.Rules[i];
            string at = "$.rules[" + i.ToString(System.Globalization.CultureInfo.InvariantCulture) + "]";
            rules[i] = new CompiledRule(
                rule,
                basis.Rules[i],
                rule.When is null ? null : Condition(compiler, rule.When, at + ".when", policy, errors),
                Condition(compiler, rule.Check, at + ".check", policy, errors)!,
                rule.Observed is null ? null : Expression(compiler, rule.Observed, at + ".observed", policy, errors),
                rule.Required is null ? null : Expression(compiler, rule.Required, at + ".required", policy, errors));
        }

        var scoring = new (ScoringTerm, CompiledCondition<TRoot>)[policy.Scoring.Count];
        for (int i = 0; i < scoring.Length; i++)
        {
            string at = "$.scoring[" + i.ToString(System.Globalization.CultureInfo.InvariantCulture) + "].when";
            scoring[i] = (policy.Scoring[i], Condition(compiler, policy.Scoring[i].When, at, policy, errors)!);
        }

        if (errors.Count > 0)
        {
            throw new PolicyLoadException(errors);
        }

        var plainScoring = new (Eval<bool>, decimal)[scoring.Length];
        for (int i = 0; i < scoring.Length; i++)
        {
            ScoringTerm term = scoring[i].Item1;
            try
            {
                plainScoring[i] = (scoring[i].Item2.Plain, term.Points * term.Weight);
            }
            catch (OverflowException)
            {
                string at = "$.scoring[" + i.ToString(System.Globalization.CultureInfo.InvariantCulture) + "]";
                string message = $"points × weight of the scoring term '{term.Id}' is too large for a decimal.";
                errors.Add((policy.Source?.Error(at, message, 1) ?? new PolicyError(null, at, null, 1, message)).With(PolicyErrorCode.ScoreOverflow, term.Id));
            }
        }

        if (errors.Count > 0)
        {
            throw new PolicyLoadException(errors);
        }

        Policy = policy;
        Parameters = new PolicyParameterSource(policy);
        Basis = basis;
        _messages = new RuleMessages(policy, Parameters);
        _rules = rules;
        _scoring = scoring;
        bool soften = policy.Outcomes.AssumptionFailures == AssumptionFailureHandling.NeedsReview;
        _plain = [.. rules.Select(r => new PlainRule(r.When?.Plain, r.Check.Plain, r.Bit, soften && r.Basis.MayRestOnAssumption ? r.Basis : null))];
        _softRules = [.. Enumerable.Range(0, rules.Length).Where(i => _plain[i].Soft is not null)];
        _plainScoring = plainScoring;
        _integralPoints = plainScoring.All(s => s.Item2.Scale == 0 && Math.Abs(s.Item2) <= (1L << 56))
            ? [.. plainScoring.Select(s => (long)s.Item2)]
            : null;
        _outcomeBits = [.. policy.Outcomes.Rules.Select(l => (
            Bit(l.Severity, l.Status),
            l.Status == RuleStatus.Failed && soften ? Bit(l.Severity, (RuleStatus)SoftFailed) : 0UL,
            l.Outcome,
            OutcomeMapping.Softened(l.Outcome)))];
        _maskIsExact = rules.All(r => Fits(r.Rule.Severity)) && policy.Outcomes.Rules.All(l => Fits(l.Severity) && Fits(l.Status));
    }

    /// <summary>
    /// Evaluations in a row at one as-of date (of <see cref="EvaluateOutcome(TRoot, SolarHijriDate, Span{RuleStatus})"/>
    /// or untraced <see cref="Evaluate"/>) after which the policy's conditions are compiled into generated methods for
    /// that date; 0 compiles on the first evaluation, <see cref="int.MaxValue"/> never. Internal: tests set it to
    /// exercise both tiers.
    /// </summary>
    internal int PromoteAfter { get; init; } = DefaultPromoteAfter;

    /// <summary>The default of <see cref="PromoteAfter"/>: compiling costs about as much as a few thousand evaluations save.</summary>
    internal const int DefaultPromoteAfter = 2_000;

    /// <summary>The most as-of dates the generated tier is built for; evaluations at other dates use the closures.</summary>
    internal const int MaxSpecializations = 4;

    /// <summary>Whether the generated-code tier is in use for some date.</summary>
    internal bool IsPromoted => Volatile.Read(ref _generated).Length > 0;

    /// <summary>The number of rules: the length a status span given to <see cref="EvaluateOutcome(TRoot, SolarHijriDate, Span{RuleStatus})"/> needs.</summary>
    public int RuleCount => _rules.Length;

    /// <summary>
    /// Evaluates the policy for one applicant and returns only the outcome and score: the allocation-free path
    /// for batch work, where most applicants need no reasons. Gives the same outcome and score as
    /// <see cref="Evaluate"/>, renders no message and allocates nothing (unless a fact is missing or an
    /// expression fails, when the missing path or error text is built).
    /// </summary>
    /// <param name="facts">The applicant's facts.</param>
    /// <param name="asOf">The as-of date; must lie in the policy's effective range.</param>
    /// <returns>The outcome and score.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="facts"/> is null.</exception>
    /// <exception cref="PolicyNotInForceException"><paramref name="asOf"/> lies outside the policy's effective range.</exception>
    public DecisionSummary EvaluateOutcome(TRoot facts, SolarHijriDate asOf) => EvaluateOutcome(facts, asOf, []);

    /// <summary>
    /// Evaluates the policy for one applicant, writing each rule's status into <paramref name="statuses"/> (in the
    /// policy's rule order) and returning the outcome and score: the allocation-free path. The statuses, outcome and
    /// score are those <see cref="Evaluate"/> gives; call <see cref="Evaluate"/> for the messages and observed values
    /// of the applicants that need them. Pass a <c>stackalloc</c>'d or reused span of <see cref="RuleCount"/> items.
    /// </summary>
    /// <param name="facts">The applicant's facts.</param>
    /// <param name="asOf">The as-of date; must lie in the policy's effective range.</param>
    /// <param name="statuses">Receives one status per rule; at least <see cref="RuleCount"/> long, or empty to skip them.
    /// Items past <see cref="RuleCount"/> are left as they are.</param>
    /// <returns>The outcome and score.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="facts"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="statuses"/> is neither empty nor at least <see cref="RuleCount"/> long.</exception>
    /// <exception cref="PolicyNotInForceException"><paramref name="asOf"/> lies outside the policy's effective range.</exception>
    public DecisionSummary EvaluateOutcome(TRoot facts, SolarHijriDate asOf, Span<RuleStatus> statuses)
    {
        ArgumentNullException.ThrowIfNull(facts);
        if (!statuses.IsEmpty && statuses.Length < _rules.Length)
        {
            throw new ArgumentException($"The status span has {statuses.Length} items; the policy '{Policy.Id}' has {_rules.Length} rules.", nameof(statuses));
        }

        EnsureInForce(asOf);
        var frame = new Frame(facts, asOf, Parameters, null);

        // The scan of the mapping, and the softening of the generated tier's bits, read the statuses: keep them on the
        // stack when the caller wants none.
        scoped Span<RuleStatus> work = statuses;
        if (work.IsEmpty && (!_maskIsExact || _softRules.Length > 0))
        {
            work = _rules.Length <= MaxStackStatuses ? stackalloc RuleStatus[_rules.Length] : new RuleStatus[_rules.Length];
        }

        Generated? generated = Find(asOf) ?? Tier(asOf);
        if (generated is not null && Run(generated, ref frame, work, out ulong mask, out decimal generatedScore))
        {
            if (_softRules.Length > 0)
            {
                mask = Soften(mask, work, asOf);
            }

            return new DecisionSummary(_maskIsExact ? Outcome(mask) : OutcomeByScan(work, asOf), generatedScore);
        }

        ulong seen = 0;
        PlainRule[] rules = _plain;
        for (int i = 0; i < rules.Length; i++)
        {
            ref readonly PlainRule rule = ref rules[i];
            RuleStatus status = Status(rule.When, rule.Check, ref frame);
            seen |= rule.Bit << Shift(status, rule.Soft, asOf);
            if (!work.IsEmpty)
            {
                work[i] = status;
            }
        }

        return new DecisionSummary(_maskIsExact ? Outcome(seen) : OutcomeByScan(work, asOf), Score(ref frame));
    }

    /// <summary>Evaluates the policy for one applicant.</summary>
    /// <param name="facts">The applicant's facts.</param>
    /// <param name="asOf">The as-of date; must lie in the policy's effective range.</param>
    /// <param name="trace">Whether to record every sub-expression value and parameter use (slower; allocates).</param>
    /// <returns>The decision.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="facts"/> is null.</exception>
    /// <exception cref="PolicyNotInForceException"><paramref name="asOf"/> lies outside the policy's effective range.</exception>
    /// <remarks>Measured by the <c>coop.domain.decisions</c> and <c>coop.domain.evaluation.duration</c> instruments of
    /// <see cref="Diagnostics.CoopDomainTelemetry"/> when someone listens to them.</remarks>
    public Decision Evaluate(TRoot facts, SolarHijriDate asOf, bool trace = false)
    {
        if (!Diagnostics.CoopDomainTelemetry.EvaluationEnabled)
        {
            return EvaluateCore(facts, asOf, trace);
        }

        long start = System.Diagnostics.Stopwatch.GetTimestamp();
        Decision decision = EvaluateCore(facts, asOf, trace);
        Diagnostics.CoopDomainTelemetry.RecordDecision(Policy.Id, decision.Outcome, start);
        return decision;
    }

    private Decision EvaluateCore(TRoot facts, SolarHijriDate asOf, bool trace)
    {
        ArgumentNullException.ThrowIfNull(facts);
        EnsureInForce(asOf);
        if (!trace)
        {
            // One frame for every rule; the full result is built only for rules that did not pass. The generated
            // tier gives statuses only: a rule it finds incomplete or in error runs again as closures for the reason.
            var frame = new Frame(facts, asOf, Parameters, null);
            Generated? generated = Find(asOf) ?? Tier(asOf);
            Span<RuleStatus> statuses = _rules.Length <= 64 ? stackalloc RuleStatus[_rules.Length] : new RuleStatus[_rules.Length];
            decimal score = 0m;
            ulong mask = 0;
            if (generated is not null && !Run(generated, ref frame, statuses, out mask, out score))
            {
                generated = null;
            }

            if (_deferResults && _maskIsExact)
            {
                return Deferred(facts, asOf, generated, ref frame, statuses, mask, score);
            }

            // The outcome from the statuses' bits, as EvaluateOutcome gives it (the results' messages are rendered
            // only when read: RuleDetail).
            var results = new RuleResult[_rules.Length];
            ulong seen = 0;
            for (int i = 0; i < _rules.Length; i++)
            {
                CompiledRule rule = _rules[i];
                ref readonly PlainRule plain = ref _plain[i];
                RuleStatus status = generated is null || statuses[i] is RuleStatus.Incomplete or RuleStatus.Error
                    ? Status(plain.When, plain.Check, ref frame)
                    : statuses[i];
                results[i] = status switch
                {
                    RuleStatus.Passed or RuleStatus.NotApplicable => new RuleResult(rule.Rule, status),
                    RuleStatus.Incomplete => new RuleResult(rule.Rule, status, new RuleDetail(_messages, rule.Rule, status, asOf, missingFact: frame.Missing!)),
                    RuleStatus.Error => new RuleResult(rule.Rule, status, new RuleDetail(_messages, rule.Rule, status, asOf, error: frame.Error!)),
                    _ => Failed(rule, facts, asOf, null),
                };
                seen |= plain.Bit << Shift(status, plain.Soft, asOf);
            }

            if (generated is null)
            {
                score = Score(ref frame);
            }

            PolicyOutcome outcome = _maskIsExact ? Outcome(seen) : Policy.Outcomes.Map(results);
            return new Decision(Policy, asOf, outcome, score, results, null, null, Basis);
        }

        var tracedResults = new RuleResult[_rules.Length];
        var traces = new RuleTrace[_rules.Length];
        var recorder = new ExpressionTrace();
        for (int i = 0; i < _rules.Length; i++)
        {
            recorder.Clear();
            tracedResults[i] = EvaluateRule(_rules[i], facts, asOf, recorder);
            traces[i] = new RuleTrace(_rules[i].Rule.Id, [.. recorder.Entries], [.. recorder.Parameters]);
        }

        // The score is the untraced sum, so a trace never changes it; the terms are traced beside it.
        var scoring = new Frame(facts, asOf, Parameters, null);
        var scoringTraces = new ScoringTrace[_scoring.Length];
        for (int i = 0; i < _scoring.Length; i++)
        {
            recorder.Clear();
            (ScoringTerm term, CompiledCondition<TRoot> when) = _scoring[i];
            ConditionResult held = when.Evaluate(facts, asOf, Parameters, recorder);
            scoringTraces[i] = new ScoringTrace(term.Id, held, held.IsTrue ? term.Points * term.Weight : 0m, [.. recorder.Entries], [.. recorder.Parameters]);
        }

        return new Decision(Policy, asOf, Policy.Outcomes.Map(tracedResults), Score(ref scoring), tracedResults, traces, scoringTraces, Basis);
    }

    /// <summary>The status bit standing for "failed, resting on an unverified assumption": 7, which no <see cref="RuleStatus"/> uses.</summary>
    private const int SoftFailed = 7;

    /// <summary>The most rules whose statuses <see cref="EvaluateOutcome(TRoot, SolarHijriDate, Span{RuleStatus})"/> keeps on the stack.</summary>
    private const int MaxStackStatuses = 256;

    /// <summary>The bit position of a status: <see cref="SoftFailed"/> for a failure the policy softens on that date.</summary>
    private static int Shift(RuleStatus status, RuleBasis? soft, SolarHijriDate asOf) =>
        status == RuleStatus.Failed && soft is not null && soft.SetAt(asOf) is not null ? SoftFailed : (int)status;

    /// <summary>The generated tier's outcome bits with softened failures: unchanged unless a rule that rests on an assumption at <paramref name="asOf"/> failed.</summary>
    private ulong Soften(ulong mask, ReadOnlySpan<RuleStatus> statuses, SolarHijriDate asOf)
    {
        foreach (int i in _softRules)
        {
            if (statuses[i] == RuleStatus.Failed && _plain[i].Soft!.SetAt(asOf) is not null)
            {
                ulong seen = 0;
                for (int j = 0; j < _plain.Length; j++)
                {
                    seen |= _plain[j].Bit << Shift(statuses[j], _plain[j].Soft, asOf);
                }

                return seen;
            }
        }

        return mask;
    }

    private static bool Fits<TEnum>(TEnum value)
        where TEnum : struct, Enum => Convert.ToInt32(value, System.Globalization.CultureInfo.InvariantCulture) is >= 0 and < 8;

    private static ulong Bit(RuleSeverity severity, RuleStatus status) =>
        Fits(severity) && Fits(status) ? 1UL << (((int)severity * 8) + (int)status) : 0;

    /// <summary>The status of one rule, evaluated over a frame shared by the whole evaluation.</summary>
    /// <summary>
    /// Compiles the generated tier now for <paramref name="asOf"/>, folding in the parameter values in force on that
    /// date. Returns false where the runtime cannot compile dynamic code, the date already has its code, the
    /// <see cref="MaxSpecializations"/> dates are taken, or another thread is compiling. Internal: evaluation promotes
    /// by itself after <see cref="PromoteAfter"/> evaluations at one date.
    /// </summary>
    internal bool Promote(SolarHijriDate asOf)
    {
        if (!TreeCompiler.IsSupported || Interlocked.CompareExchange(ref _promotion, 1, 0) != 0)
        {
            return false;
        }

        try
        {
            Generated[] current = _generated;
            if (current.Length >= MaxSpecializations || Find(asOf) is not null)
            {
                return false;
            }

            var rules = new (TierCondition?, TierCondition, ulong)[_rules.Length];
            for (int i = 0; i < rules.Length; i++)
            {
                rules[i] = (_rules[i].When?.Tier, _rules[i].Check.Tier, _rules[i].Bit);
            }

            var generated = new Generated(TreeCompiler.Compile(rules, [.. _scoring.Select(s => s.When.Tier)], Parameters, asOf), asOf);
            Volatile.Write(ref _generated, [.. current, generated]);
            return true;
        }
        finally
        {
            Volatile.Write(ref _promotion, 0);
        }
    }

    /// <summary>The generated code for <paramref name="asOf"/>, if any.</summary>
    private Generated? Find(SolarHijriDate asOf)
    {
        foreach (Generated g in Volatile.Read(ref _generated))
        {
            if (g.AsOf == asOf)
            {
                return g;
            }
        }

        return null;
    }

    /// <summary>
    /// Counts an evaluation on the closures at <paramref name="asOf"/>; after <see cref="PromoteAfter"/> in a row at
    /// one date, promotes that date (on one thread). The count is a heuristic: races between threads only delay it.
    /// </summary>
    private Generated? Tier(SolarHijriDate asOf)
    {
        if (_candidate != asOf)
        {
            (_candidate, _evaluations) = (asOf, 0);
        }

        if (++_evaluations < PromoteAfter || _promotion != 0 || _generated.Length >= MaxSpecializations || !TreeCompiler.IsSupported)
        {
            return null;
        }

        try
        {
            Promote(asOf);
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException or NotSupportedException)
        {
            // The generated tier is an optimisation over closures that give the same answers: if this runtime
            // cannot build it, evaluation stays on the closures rather than failing. (Tests promote every shipped
            // policy through Promote directly, where such an exception is not caught.)
            Volatile.Write(ref _promotion, 2);
            return null;
        }

        return Find(asOf);
    }

    /// <summary>
    /// Runs the generated chunks: writes the statuses (when the span is not empty), adds up the score of the terms
    /// that held and gives the outcome bits. Returns false when the generated code met an arithmetic overflow: the
    /// caller then evaluates on the closures, which report it as the rule's error.
    /// </summary>
    private bool Run(Generated generated, ref Frame frame, Span<RuleStatus> statuses, out ulong seen, out decimal score)
    {
        seen = 0;
        score = 0m;
        GeneratedChunk[] chunks = generated.Chunks;
        for (int c = 0; c < chunks.Length; c++)
        {
            try
            {
                seen |= chunks[c](ref frame);
            }
            catch (ArithmeticException)
            {
                return false;
            }

            if (!statuses.IsEmpty)
            {
                ulong packed = frame.Packed;
                int end = Math.Min(_rules.Length, (c + 1) * TreeCompiler.RulesPerChunk);
                for (int i = c * TreeCompiler.RulesPerChunk; i < end; i++, packed >>= 4)
                {
                    statuses[i] = (RuleStatus)(packed & 0xF);
                }
            }

            ulong held = frame.Held;
            if (held != 0)
            {
                score += TermScore(c, held);
            }
        }

        return true;
    }

    /// <summary>The points of the terms of chunk <paramref name="chunk"/> that held: in whole numbers while they fit.</summary>
    private decimal TermScore(int chunk, ulong held)
    {
        int first = chunk * TreeCompiler.TermsPerChunk;
        if (_integralPoints is { } points)
        {
            // Each term's points lie within ±2^56 (see _integralPoints), so up to 64 of them add up without overflow.
            long sum = 0;
            for (; held != 0; held &= held - 1)
            {
                sum += points[first + System.Numerics.BitOperations.TrailingZeroCount(held)];
            }

            return sum;
        }

        decimal score = 0m;
        for (; held != 0; held &= held - 1)
        {
            score += _plainScoring[first + System.Numerics.BitOperations.TrailingZeroCount(held)].Points;
        }

        return score;
    }

    private static RuleStatus Status(Eval<bool>? when, Eval<bool> check, ref Frame frame)
    {
        if (when is not null)
        {
            (frame.Missing, frame.Error) = (null, null);
            if (!when(ref frame, out bool applies))
            {
                return frame.Error is null ? RuleStatus.Incomplete : RuleStatus.Error;
            }

            if (!applies)
            {
                return RuleStatus.NotApplicable;
            }
        }

        (frame.Missing, frame.Error) = (null, null);
        if (!check(ref frame, out bool passed))
        {
            return frame.Error is null ? RuleStatus.Incomplete : RuleStatus.Error;
        }

        return passed ? RuleStatus.Passed : RuleStatus.Failed;
    }

    private decimal Score(ref Frame frame)
    {
        decimal score = 0m;
        foreach ((Eval<bool> when, decimal points) in _plainScoring)
        {
            (frame.Missing, frame.Error) = (null, null);
            if (when(ref frame, out bool holds) && holds)
            {
                score += points;
            }
        }

        return score;
    }

    private PolicyOutcome Outcome(ulong seen)
    {
        foreach ((ulong firm, ulong soft, PolicyOutcome outcome, PolicyOutcome softOutcome) in _outcomeBits)
        {
            if ((seen & firm) != 0)
            {
                return outcome;
            }

            if ((seen & soft) != 0)
            {
                return softOutcome;
            }
        }

        return PolicyOutcome.Eligible;
    }

    /// <summary>The outcome by matching the mapping's lines against the statuses, as <see cref="OutcomeMapping.Map"/> does against results.</summary>
    private PolicyOutcome OutcomeByScan(ReadOnlySpan<RuleStatus> statuses, SolarHijriDate asOf)
    {
        foreach (OutcomeRule line in Policy.Outcomes.Rules)
        {
            bool soft = false;
            for (int i = 0; i < _rules.Length; i++)
            {
                if (statuses[i] == line.Status && _rules[i].Rule.Severity == line.Severity)
                {
                    if (Shift(statuses[i], _plain[i].Soft, asOf) != SoftFailed)
                    {
                        return line.Outcome;
                    }

                    soft = true;
                }
            }

            if (soft)
            {
                return OutcomeMapping.Softened(line.Outcome);
            }
        }

        return PolicyOutcome.Eligible;
    }

    private void EnsureInForce(SolarHijriDate asOf)
    {
        if (!Policy.IsInForce(asOf))
        {
            throw PolicyNotInForceException.For(Policy, asOf);
        }
    }

    private RuleResult EvaluateRule(CompiledRule rule, TRoot facts, SolarHijriDate asOf, ExpressionTrace? trace)
    {
        if (rule.When is not null)
        {
            ConditionResult applies = rule.When.Evaluate(facts, asOf, Parameters, trace);
            switch (applies.State)
            {
                case ConditionState.False:
                    return new RuleResult(rule.Rule, RuleStatus.NotApplicable);
                case ConditionState.Missing:
                    return Incomplete(rule.Rule, applies.MissingFact!);
                case ConditionState.Error:
                    return Failure(rule.Rule, applies.Error!);
            }
        }

        ConditionResult check = rule.Check.Evaluate(facts, asOf, Parameters, trace);
        switch (check.State)
        {
            case ConditionState.True:
                return new RuleResult(rule.Rule, RuleStatus.Passed);
            case ConditionState.Missing:
                return Incomplete(rule.Rule, check.MissingFact!);
            case ConditionState.Error:
                return Failure(rule.Rule, check.Error!);
        }

        return Failed(rule, facts, asOf, trace);
    }

    /// <summary>
    /// The decision that builds its rule results when first read (<see cref="IDeferredRuleResults"/>), from the statuses
    /// of the generated tier (or of the closures when <paramref name="generated"/> is null).
    /// </summary>
    private Decision Deferred(TRoot facts, SolarHijriDate asOf, Generated? generated, ref Frame frame, Span<RuleStatus> statuses, ulong mask, decimal score)
    {
        if (generated is null)
        {
            // The closures: the statuses, the outcome bits and the score as EvaluateOutcome finds them.
            mask = 0;
            for (int i = 0; i < _plain.Length; i++)
            {
                ref readonly PlainRule plain = ref _plain[i];
                statuses[i] = Status(plain.When, plain.Check, ref frame);
                mask |= plain.Bit << Shift(statuses[i], plain.Soft, asOf);
            }

            score = Score(ref frame);
        }
        else if (_softRules.Length > 0)
        {
            mask = Soften(mask, statuses, asOf);
        }

        var kept = new byte[statuses.Length];
        for (int i = 0; i < kept.Length; i++)
        {
            kept[i] = (byte)statuses[i];
        }

        return new Decision(Policy, asOf, Outcome(mask), score, this, facts, kept, Basis);
    }

    /// <inheritdoc/>
    RuleResult[] IDeferredRuleResults.Results(object facts, SolarHijriDate asOf, byte[] statuses)
    {
        var root = (TRoot)facts;
        var results = new RuleResult[_rules.Length];
        var frame = new Frame(root, asOf, Parameters, null);
        for (int i = 0; i < results.Length; i++)
        {
            CompiledRule rule = _rules[i];
            var status = (RuleStatus)statuses[i];
            if (status is RuleStatus.Incomplete or RuleStatus.Error)
            {
                // The missing fact or the error, found again as the evaluation found it (the closures give the
                // reason; the facts have not changed).
                ref readonly PlainRule plain = ref _plain[i];
                Status(plain.When, plain.Check, ref frame);
            }

            results[i] = status switch
            {
                RuleStatus.Passed or RuleStatus.NotApplicable => new RuleResult(rule.Rule, status),
                RuleStatus.Incomplete => new RuleResult(rule.Rule, status, new RuleDetail(_messages, rule.Rule, status, asOf, missingFact: frame.Missing!)),
                RuleStatus.Error => new RuleResult(rule.Rule, status, new RuleDetail(_messages, rule.Rule, status, asOf, error: frame.Error!)),
                _ => Failed(rule, root, asOf, null),
            };
        }

        return results;
    }

    /// <summary>
    /// The result of a rule whose check was false: observed and required values; the message rendered now when tracing
    /// (the trace records the parameters it uses), otherwise when read.
    /// </summary>
    private RuleResult Failed(CompiledRule rule, TRoot facts, SolarHijriDate asOf, ExpressionTrace? trace)
    {
        FactValue? observed = Value(rule.Observed, facts, asOf, trace);
        FactValue? required = Value(rule.Required, facts, asOf, trace);
        AssumptionSet? assumptions = rule.Basis.SetAt(asOf);
        if (trace is null)
        {
            return new RuleResult(rule.Rule, RuleStatus.Failed, new RuleDetail(_messages, rule.Rule, RuleStatus.Failed, asOf, observed: observed, required: required, assumptions: assumptions));
        }

        var message = new PolicyText(
            _messages.Failed(rule.Rule, observed, required, asOf, persian: true, trace),
            _messages.Failed(rule.Rule, observed, required, asOf, persian: false, trace));
        return new RuleResult(rule.Rule, RuleStatus.Failed, new RuleDetail(rule.Rule, RuleStatus.Failed, message, observed: observed, required: required, assumptions: assumptions));
    }

    private FactValue? Value(CompiledExpression<TRoot>? expression, TRoot facts, SolarHijriDate asOf, ExpressionTrace? trace)
    {
        if (expression is null)
        {
            return null;
        }

        ExpressionResult result = expression.Evaluate(facts, asOf, Parameters, trace);
        return result.HasValue ? result.Value : null;
    }

    private RuleResult Incomplete(PolicyRule rule, string fact) =>
        new(rule, RuleStatus.Incomplete, new RuleDetail(_messages, rule, RuleStatus.Incomplete, default, missingFact: fact));

    private RuleResult Failure(PolicyRule rule, string error) =>
        new(rule, RuleStatus.Error, new RuleDetail(_messages, rule, RuleStatus.Error, default, error: error));

    private static CompiledCondition<TRoot>? Condition(ExpressionCompiler<TRoot> compiler, string text, string at, Policy policy, List<PolicyError> errors)
    {
        if (compiler.TryCompileCondition(text, out CompiledCondition<TRoot>? condition, out ExpressionError? error))
        {
            return condition;
        }

        errors.Add(ErrorAt(policy, at, text, error));
        return null;
    }

    private static CompiledExpression<TRoot>? Expression(ExpressionCompiler<TRoot> compiler, string text, string at, Policy policy, List<PolicyError> errors)
    {
        try
        {
            return compiler.Compile(text);
        }
        catch (ExpressionCompileException e)
        {
            errors.Add(ErrorAt(policy, at, text, e.Error));
            return null;
        }
    }

    private static PolicyError ErrorAt(Policy policy, string at, string text, ExpressionError error) =>
        PolicyReader.ExpressionFailure(policy.Source, at, text, error);

    /// <summary>A rule's untraced delegates and outcome bit, for the evaluation loops; <c>Soft</c> when the policy softens its failures resting on an assumption.</summary>
    private readonly record struct PlainRule(Eval<bool>? When, Eval<bool> Check, ulong Bit, RuleBasis? Soft);

    /// <summary>The generated chunks (rules and scoring terms) and the date whose parameter values they fold.</summary>
    private sealed record Generated(GeneratedChunk[] Chunks, SolarHijriDate AsOf);

    private sealed record CompiledRule(
        PolicyRule Rule,
        RuleBasis Basis,
        CompiledCondition<TRoot>? When,
        CompiledCondition<TRoot> Check,
        CompiledExpression<TRoot>? Observed,
        CompiledExpression<TRoot>? Required)
    {
        /// <summary>The outcome bit of (severity, <see cref="RuleStatus.Passed"/>); shift it by the status.</summary>
        public ulong Bit { get; } = CompiledPolicy<TRoot>.Bit(Rule.Severity, RuleStatus.Passed);
    }
}
