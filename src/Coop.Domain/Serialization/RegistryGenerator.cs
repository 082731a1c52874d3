using System.Buffers;
using System.Collections.Immutable;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Coop.Domain.Calendar;
using Coop.Domain.Model;
using Coop.Domain.Model.Geography;
using Coop.Domain.Model.Identifiers;

namespace Coop.Domain.Serialization;

/// <summary>
/// Generates a synthetic registry of Mazandaran cooperatives, deterministic by seed: counties weighted by
/// population (Juybar included), kinds, members (a few below the by-law minimums on purpose), share ledgers
/// with subscriptions, payments, transfers and redemptions, board terms valid and expired, inspectors,
/// assemblies on time and late, statements with and without submission, employment, smart-system profiles
/// complete, incomplete and stale, facility applications with overdue debt or returned cheques; and a
/// small share of lines invalid on purpose (docs/registry-format.md).
/// </summary>
/// <remarks>
/// Randomness comes from <c>new Random(seed)</c>, whose seeded sequence is fixed across .NET versions, and
/// every output is formatted culture-invariantly, so the same options give byte-identical files.
/// </remarks>
public static class RegistryGenerator
{
    /// <summary>Writes a generated registry (header and <see cref="RegistryGeneratorOptions.Count"/> lines) to <paramref name="stream"/>.</summary>
    /// <param name="stream">A writable stream; not disposed.</param>
    /// <param name="options">What to generate; null for the defaults.</param>
    /// <returns>How many lines were written and which are invalid on purpose.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of range.</exception>
    public static GeneratedRegistry Write(Stream stream, RegistryGeneratorOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        options ??= new RegistryGeneratorOptions();
        options.Validate();
        var errors = new List<IntentionalError>();
        using var writer = new RegistryWriter(stream, Header(options));
        foreach ((Cooperative? cooperative, string? raw) in Lines(options, errors))
        {
            if (raw is not null)
            {
                writer.WriteRaw(raw);
            }
            else
            {
                writer.Write(cooperative!);
            }
        }

        return new GeneratedRegistry(writer.Count, errors);
    }

    /// <summary>As <see cref="Write"/>, with asynchronous I/O only and cancellation between lines.</summary>
    /// <param name="stream">A writable stream; not disposed.</param>
    /// <param name="options">What to generate; null for the defaults.</param>
    /// <param name="cancellationToken">Stops the generation with <see cref="OperationCanceledException"/>.</param>
    /// <returns>How many lines were written and which are invalid on purpose.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of range.</exception>
    public static async Task<GeneratedRegistry> WriteAsync(Stream stream, RegistryGeneratorOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        options ??= new RegistryGeneratorOptions();
        options.Validate();
        var errors = new List<IntentionalError>();
        await using var writer = new RegistryWriter(stream, Header(options));
        foreach ((Cooperative? cooperative, string? raw) in Lines(options, errors))
        {
            if (raw is not null)
            {
                writer.WriteRaw(raw);
                cancellationToken.ThrowIfCancellationRequested();
            }
            else
            {
                await writer.WriteAsync(cooperative!, cancellationToken).ConfigureAwait(false);
            }
        }

        return new GeneratedRegistry(writer.Count, errors);
    }

    private static RegistryHeader Header(RegistryGeneratorOptions options) => RegistryHeader.Create(
        options.AsOf,
        string.Create(CultureInfo.InvariantCulture, $"coop generate --count {options.Count} --seed {options.Seed} --invalid-share {options.InvalidShare}"),
        options.Count);

    /// <summary>The lines in order: a cooperative, or the raw JSON of one spoiled on purpose (recorded in <paramref name="errors"/>).</summary>
    private static IEnumerable<(Cooperative? Cooperative, string? Raw)> Lines(RegistryGeneratorOptions options, List<IntentionalError> errors)
    {
        var state = new Generator(options.Seed, options.AsOf);
        for (int i = 0; i < options.Count; i++)
        {
            Cooperative cooperative = state.Next(i);
            if (IsInvalidSlot(i, options.InvalidShare))
            {
                (string json, IntentionalError error) = Spoil(cooperative, errors.Count, i + 2);
                errors.Add(error);
                yield return (null, json);
            }
            else
            {
                yield return (cooperative, null);
            }
        }
    }

    /// <summary>The valid cooperatives the generator makes for <paramref name="seed"/>, without writing them (no invalid ones).</summary>
    /// <param name="count">How many, at least 0.</param>
    /// <param name="seed">The seed.</param>
    /// <param name="asOf">The as-of day; null for 1404/08/25.</param>
    /// <returns>A lazy sequence of <paramref name="count"/> cooperatives.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="count"/> is negative.</exception>
    public static IEnumerable<Cooperative> Cooperatives(int count, int seed, SolarHijriDate? asOf = null)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        return Iterate(count, seed, asOf ?? new SolarHijriDate(1404, 8, 25));
    }

    private static IEnumerable<Cooperative> Iterate(int count, int seed, SolarHijriDate asOf)
    {
        var state = new Generator(seed, asOf);
        for (int i = 0; i < count; i++)
        {
            yield return state.Next(i);
        }
    }

    // Exactly floor(count × share) slots, spread evenly: slot i is invalid when floor((i+1)s) > floor(i s).
    internal static bool IsInvalidSlot(int index, double share) =>
        share > 0 && Math.Floor((index + 1) * share) > Math.Floor(index * share);

    private static (string Json, IntentionalError Error) Spoil(Cooperative cooperative, int ordinal, long line)
    {
        JsonObject root = JsonNode.Parse(JsonSerializer.Serialize(cooperative, CoopJsonContext.Default.Cooperative))!.AsObject();
        IntentionalError error;
        int kind = ordinal % 4;
        Member[] current = cooperative.Members.Where(m => m.LeftOn is null).ToArray();
        if ((kind == 0 && current.Length < 2)
            || (kind == 1 && !cooperative.Members.Any(m => m.NationalCode is not null))
            || (kind == 2 && cooperative.FinancialStatements.Length == 0))
        {
            kind = 3;
        }

        switch (kind)
        {
            case 0:
            {
                // A transfer of more shares than the transferor holds: the ledger rejects it.
                Member from = current[0];
                Member to = current[^1];
                SolarHijriDate last = cooperative.ShareLedger.Entries.Length == 0 ? cooperative.RegisteredOn : cooperative.ShareLedger.Entries[^1].Date;
                SolarHijriDate date = Max(last, Max(from.JoinedOn, to.JoinedOn));
                long held = cooperative.ShareLedger.HoldingOf(from.Number, date).Shares;
                root["shareLedger"]!["entries"]!.AsArray().Add((JsonNode)new JsonObject
                {
                    ["date"] = date.ToString(),
                    ["kind"] = "transfer",
                    ["memberNumber"] = from.Number,
                    ["shares"] = held + 1000,
                    ["amount"] = 0,
                    ["toMemberNumber"] = to.Number,
                });
                error = new IntentionalError(line, "transfer-more-than-held",
                    Invariant($"member {from.Number} transfers {held + 1000} shares on {date} holding {held}"));
                break;
            }

            case 1:
            {
                // A national code with a wrong check digit: the identifier converter rejects it.
                JsonArray members = root["members"]!.AsArray();
                int index = cooperative.Members.IndexOf(cooperative.Members.First(m => m.NationalCode is not null));
                string code = cooperative.Members[index].NationalCode!.Value.Value;
                string bad = code[..9] + (char)('0' + ((code[9] - '0' + 1) % 10));
                members[index]!["nationalCode"] = bad;
                error = new IntentionalError(line, "bad-national-code", Invariant($"members[{index}].nationalCode {code} → {bad}"));
                break;
            }

            case 2:
            {
                // Total assets one rial off equity + debts.
                JsonObject statement = root["financialStatements"]!.AsArray()[0]!.AsObject();
                long assets = cooperative.FinancialStatements[0].TotalAssets.Rials;
                statement["totalAssets"] = assets + 1;
                error = new IntentionalError(line, "unbalanced-statement", Invariant($"financialStatements[0].totalAssets {assets} → {assets + 1}"));
                break;
            }

            default:
            {
                // A county left out of the reference data until verified.
                root["countyCode"] = "02-KIASAR";
                error = new IntentionalError(line, "unknown-county", Invariant($"countyCode {cooperative.CountyCode} → 02-KIASAR"));
                break;
            }
        }

        var buffer = new ArrayBufferWriter<byte>();
        using (var w = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            root.WriteTo(w);
        }

        return (System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan), error);
    }

    private static SolarHijriDate Max(SolarHijriDate a, SolarHijriDate b) => a > b ? a : b;

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    /// <summary>The state of one generation run: the random source and counters.</summary>
    private sealed class Generator
    {
        private readonly Random _random;

        // The optional facts (issue 15 §4) draw from their own sequence, so the rest of every cooperative is what the
        // same seed gave before they existed.
        private readonly Random _optional;

        // A registry lists each cooperative once (RegistryReader skips a repeated national ID), so generated IDs never repeat.
        private readonly HashSet<long> _cooperativeIds = [];
        private readonly SolarHijriDate _asOf;

        public Generator(int seed, SolarHijriDate asOf)
        {
            _random = new Random(seed);
            _optional = new Random(unchecked((seed * 7919) + 104_729));
            _asOf = asOf;
        }

        public Cooperative Next(int index)
        {
            CooperativeBuilder b = Draft(index);
            return b.TryBuild(out Cooperative? cooperative, out IReadOnlyList<ModelViolation> violations)
                ? cooperative
                : throw new InvalidOperationException(
                    "The registry generator made an invalid cooperative (a generator bug): " + string.Join("; ", violations));
        }

        private int Between(int min, int max) => _random.Next(min, max + 1);

        private bool Chance(double p) => _random.NextDouble() < p;

        private T Pick<T>(IReadOnlyList<T> items) => items[_random.Next(items.Count)];

        private T Weighted<T>((T Item, int Weight)[] table)
        {
            int total = 0;
            foreach ((T _, int w) in table)
            {
                total += w;
            }

            int roll = _random.Next(total);
            foreach ((T item, int w) in table)
            {
                if (roll < w)
                {
                    return item;
                }

                roll -= w;
            }

            return table[^1].Item;
        }

        private SolarHijriDate DateBetween(SolarHijriDate from, SolarHijriDate to) =>
            to <= from ? from : from.AddDays(_random.Next(0, (to - from) + 1));

        private CooperativeBuilder Draft(int index)
        {
            CooperativeKind kind = Weighted(GeneratorData.Kinds);
            County county = IranGeography.GetCounty(Weighted(GeneratorData.Counties));
            SolarHijriDate registeredOn = DateBetween(new SolarHijriDate(1378, 1, 1), _asOf.AddDays(-120));
            int fiscalStart = Chance(0.9) ? 1 : Pick(GeneratorData.OtherFiscalStarts);
            var b = new CooperativeBuilder
            {
                Name = Name(kind, county),
                Kind = kind,
                ActivityClass = GeneratorData.ActivityOf(kind, _random),
                LegalForm = Weighted(GeneratorData.LegalForms),
                Openness = kind is CooperativeKind.Housing or CooperativeKind.Student or CooperativeKind.University || Chance(0.25)
                    ? Openness.Special : Openness.General,
                RegistrationNumber = RegistrationNumber.Parse(Invariant($"{1000 + (index * 37) + Between(0, 36)}")),
                RegisteredOn = registeredOn,
                NationalId = LegalIdUnique(id => _cooperativeIds.Add(long.Parse(id, System.Globalization.CultureInfo.InvariantCulture))),
                CountyCode = county.Code,
                FiscalYearStartMonth = fiscalStart,
                NominalShareValue = Money.FromRials(Pick(GeneratorData.NominalValues)),
            };
            b.StatuteAlignment = registeredOn >= StatuteAlignment.AmendmentConfirmedOn
                ? new StatuteAlignment(true, registeredOn)
                : Chance(0.8)
                    ? new StatuteAlignment(true, DateBetween(StatuteAlignment.AmendmentConfirmedOn.AddDays(30), new SolarHijriDate(1399, 12, 29)))
                    : StatuteAlignment.NotAligned;
            Status(b, registeredOn);
            var ids = new HashSet<string>(StringComparer.Ordinal);
            Members(b, kind, registeredOn, ids);
            Ledger(b);
            Board(b);
            (int firstFy, int lastFy) = FiscalYears(b);
            AssembliesAndStatements(b, firstFy, lastFy);
            Employment(b, firstFy, lastFy);
            Profile(b);
            Applications(b, kind);
            OptionalFacts(b);
            return b;
        }

        private bool Maybe(double p) => _optional.NextDouble() < p;

        private int OptionalBetween(int min, int max) => _optional.Next(min, max + 1);

        /// <summary>The optional facts, each recorded for part of the cooperatives only (absent = not recorded).</summary>
        private void OptionalFacts(CooperativeBuilder b)
        {
            for (int i = 0; i < b.Members.Count; i++)
            {
                if (b.Members[i].Kind == PersonKind.Legal && Maybe(0.8))
                {
                    b.Members[i] = b.Members[i] with { LegalType = Weighted(_optional, GeneratorData.LegalMemberTypes) };
                }
            }

            if (Maybe(0.3))
            {
                long capital = b.NominalShareValue.Rials * b.Members.Count * 20;
                b.NonMemberCapital = Money.FromRials(Maybe(0.5) ? 0 : capital * OptionalBetween(1, 120) / 100);
            }

            if (Maybe(0.5))
            {
                var warnings = new List<MinistryWarning>();
                int count = Maybe(0.85) ? 0 : OptionalBetween(1, 4);
                for (int i = 0; i < count; i++)
                {
                    warnings.Add(new MinistryWarning(OptionalDate(Max(b.RegisteredOn, _asOf.AddDays(-500)), _asOf)));
                }

                b.MinistryWarnings = warnings;
            }

            if (Maybe(0.5))
            {
                SolarHijriDate? liquidation = b.StatusHistory.FirstOrDefault(c => c.Status == CooperativeStatus.InLiquidation)?.EffectiveFrom;
                b.Bankruptcy = liquidation is { } on && Maybe(0.3) ? new Bankruptcy(true, OptionalDate(b.RegisteredOn, on)) : Bankruptcy.None;
            }

            if (Maybe(0.6))
            {
                b.InLessDevelopedRegion = Maybe(0.25);
            }

            for (int i = 0; i < b.Assemblies.Count; i++)
            {
                GeneralAssembly a = b.Assemblies[i];
                if (a.Kind == AssemblyKind.Ordinary && Maybe(0.6))
                {
                    b.Assemblies[i] = a with { InspectorsReportOn = a.HeldOn.AddDays(-OptionalBetween(3, 30)) };
                }
                else if (a.Kind == AssemblyKind.Extraordinary && Maybe(0.7))
                {
                    int present = Math.Max(1, a.MembersPresent + a.Proxies);
                    int inFavour = Maybe(0.85) ? present - (present / OptionalBetween(4, 10)) : present / 2;
                    b.Assemblies[i] = a with { Votes = [new ResolutionVote(a.Resolutions.FirstOrDefault() ?? "اصلاح اساسنامه", present, inFavour, VoteMajority.TwoThirds)] };
                }
            }

            for (int i = 0; i < b.FacilityApplications.Count; i++)
            {
                FacilityApplication a = b.FacilityApplications[i];
                if (Maybe(0.6))
                {
                    a = a with { BoardMembersWithReturnedCheques = Maybe(0.93) ? 0 : OptionalBetween(1, 2) };
                }

                if (Maybe(0.6))
                {
                    SettlementType settlement = Weighted(_optional, GeneratorData.Settlements);
                    a = a with
                    {
                        ProjectSettlement = settlement,
                        ProjectSettlementPopulation = settlement switch
                        {
                            SettlementType.Village => OptionalBetween(150, 6000),
                            SettlementType.Town => OptionalBetween(4000, 60000),
                            _ => null,
                        },
                        ProjectInBorderArea = Maybe(0.08),
                    };
                }

                b.FacilityApplications[i] = a;
            }
        }

        private SolarHijriDate OptionalDate(SolarHijriDate from, SolarHijriDate to) =>
            to <= from ? from : from.AddDays(_optional.Next(0, (to - from) + 1));

        private static T Weighted<T>(Random random, (T Item, int Weight)[] table)
        {
            int total = 0;
            foreach ((T _, int w) in table)
            {
                total += w;
            }

            int roll = random.Next(total);
            foreach ((T item, int w) in table)
            {
                if (roll < w)
                {
                    return item;
                }

                roll -= w;
            }

            return table[^1].Item;
        }

        private string Name(CooperativeKind kind, County county)
        {
            string subject = GeneratorData.SubjectWords[kind];
            string place = Chance(0.5) ? county.PersianName : Pick(GeneratorData.Places);
            return Chance(0.45)
                ? Invariant($"تعاونی {subject} {Pick(GeneratorData.Words)} {place}")
                : Invariant($"تعاونی {subject} {place}");
        }

        private void Status(CooperativeBuilder b, SolarHijriDate registeredOn)
        {
            b.StatusHistory.Add(new StatusChange(CooperativeStatus.Active, registeredOn));
            double roll = _random.NextDouble();
            SolarHijriDate later = DateBetween(registeredOn.AddDays(365), _asOf);
            if (later <= registeredOn || later > _asOf)
            {
                return;
            }

            if (roll < 0.07)
            {
                b.StatusHistory.Add(new StatusChange(CooperativeStatus.Inactive, later));
            }
            else if (roll < 0.1)
            {
                b.StatusHistory.Add(new StatusChange(CooperativeStatus.InLiquidation, later));
                SolarHijriDate end = later.AddDays(Between(90, 400));
                if (end <= _asOf && Chance(0.5))
                {
                    b.StatusHistory.Add(new StatusChange(CooperativeStatus.Dissolved, end));
                }
            }
        }

        private void Members(CooperativeBuilder b, CooperativeKind kind, SolarHijriDate registeredOn, HashSet<string> ids)
        {
            int minimum = kind == CooperativeKind.EmploymentGenerating ? 3 : 7;
            int founders = Chance(0.05)
                ? Between(Math.Max(1, minimum - 4), minimum - 1)
                : kind is CooperativeKind.Housing or CooperativeKind.Consumer or CooperativeKind.Credit or CooperativeKind.RuralDistrictComprehensive
                    ? Between(minimum, 60)
                    : minimum + (int)Math.Min(30, -Math.Log(1 - _random.NextDouble()) * 6);
            int joiners = Chance(0.4) ? Between(1, 8) : 0;
            bool producing = b.ActivityClass != ActivityClass.Distribution;
            for (int n = 1; n <= founders + joiners; n++)
            {
                SolarHijriDate joined = n <= founders
                    ? registeredOn.AddDays(-Between(0, 30))
                    : DateBetween(registeredOn.AddDays(30), _asOf.AddDays(-10));
                bool legal = n > 1 && Chance(0.04);
                string name = legal
                    ? Invariant($"شرکت {Pick(GeneratorData.Words)} {Pick(GeneratorData.Places)}")
                    : Invariant($"{Pick(GeneratorData.FirstNames)} {Pick(GeneratorData.LastNames)}");
                SolarHijriDate? left = n > 1 && Chance(0.05) ? DateBetween(joined.AddDays(100), _asOf) : null;
                if (left is { } l && l > _asOf)
                {
                    left = null;
                }

                b.Members.Add(new Member(
                    n,
                    legal ? PersonKind.Legal : PersonKind.Natural,
                    name,
                    legal ? null : NationalCodeFor(ids),
                    legal ? LegalIdUnique(ids.Add) : null,
                    joined,
                    left,
                    producing ? Chance(0.7) : Chance(0.05)));
            }
        }

        private void Ledger(CooperativeBuilder b)
        {
            long nominal = b.NominalShareValue.Rials;
            var events = new List<(SolarHijriDate Date, int Order, int Member, int Kind)>();
            foreach (Member m in b.Members)
            {
                SolarHijriDate subscribed = Max(m.JoinedOn, b.RegisteredOn);
                if (m.LeftOn is { } left && left < subscribed)
                {
                    subscribed = m.JoinedOn;
                }

                events.Add((subscribed, 0, m.Number, 0));
                if (Chance(0.35))
                {
                    SolarHijriDate pay = subscribed.AddDays(Between(30, 700));
                    if (pay <= _asOf && (m.LeftOn is null || pay < m.LeftOn.Value))
                    {
                        events.Add((pay, 1, m.Number, 1));
                    }
                }

                if (m.LeftOn is { } exit)
                {
                    events.Add((exit, 3, m.Number, 3));
                }
            }

            if (b.Members.Count >= 2 && Chance(0.15))
            {
                SolarHijriDate date = DateBetween(b.RegisteredOn.AddDays(200), _asOf);
                if (date <= _asOf)
                {
                    events.Add((date, 2, 0, 2));
                }
            }

            var shares = new Dictionary<int, long>();
            var paid = new Dictionary<int, long>();
            foreach ((SolarHijriDate date, int _, int number, int kind) in events.OrderBy(e => e.Date).ThenBy(e => e.Order).ThenBy(e => e.Member))
            {
                switch (kind)
                {
                    case 0:
                    {
                        long s = Between(5, 200);
                        long p = Chance(0.6) ? s * nominal : s * nominal / 2;
                        shares[number] = s;
                        paid[number] = p;
                        b.ShareEntries.Add(new ShareEntry(date, ShareEntryKind.Subscription, number, s, Money.FromRials(p)));
                        break;
                    }

                    case 1:
                    {
                        long unpaid = (shares.GetValueOrDefault(number) * nominal) - paid.GetValueOrDefault(number);
                        if (unpaid > 0)
                        {
                            paid[number] += unpaid;
                            b.ShareEntries.Add(new ShareEntry(date, ShareEntryKind.Payment, number, 0, Money.FromRials(unpaid)));
                        }

                        break;
                    }

                    case 2:
                    {
                        Member[] current = b.Members.Where(m => m.IsMemberOn(date) && (m.LeftOn is null || m.LeftOn.Value > date)).ToArray();
                        Member[] holders = current.Where(m => shares.GetValueOrDefault(m.Number) > 1).ToArray();
                        if (holders.Length == 0 || current.Length < 2)
                        {
                            break;
                        }

                        Member from = Pick(holders);
                        Member to = Pick(current);
                        if (to.Number == from.Number)
                        {
                            break;
                        }

                        long held = shares[from.Number];
                        long k = Between(1, (int)Math.Min(held - 1, 50));
                        long amount = (long)((Int128)paid[from.Number] * k / held);
                        shares[from.Number] -= k;
                        paid[from.Number] -= amount;
                        shares[to.Number] = shares.GetValueOrDefault(to.Number) + k;
                        paid[to.Number] = paid.GetValueOrDefault(to.Number) + amount;
                        b.ShareEntries.Add(new ShareEntry(date, ShareEntryKind.Transfer, from.Number, k, Money.FromRials(amount), to.Number));
                        break;
                    }

                    default:
                    {
                        long held = shares.GetValueOrDefault(number);
                        if (held > 0)
                        {
                            b.ShareEntries.Add(new ShareEntry(date, ShareEntryKind.Redemption, number, held, Money.FromRials(paid[number])));
                            shares[number] = 0;
                            paid[number] = 0;
                        }

                        break;
                    }
                }
            }
        }

        private void Board(CooperativeBuilder b)
        {
            SolarHijriDate start = b.RegisteredOn.AddDays(Between(0, 20));
            // A quarter of boards lapse: no election after a day in the last three years, so the last term may have expired.
            SolarHijriDate? lapseAfter = Chance(0.25) ? _asOf.AddDays(-Between(1, 1000)) : null;
            while (start <= _asOf)
            {
                SolarHijriDate end = start.AddYears(3).AddDays(-1);
                SolarHijriDate termStart = start;
                Member[] eligible = b.Members.Where(m => m.IsMemberOn(termStart)).ToArray();
                if (eligible.Length == 0)
                {
                    break;
                }

                int principals = Math.Min(eligible.Length, eligible.Length >= 15 && Chance(0.4) ? 5 : 3);
                int alternates = Math.Min(eligible.Length - principals, Between(1, 2));
                var seats = ImmutableArray.CreateBuilder<BoardSeat>();
                Member[] chosen = eligible.OrderBy(_ => _random.Next()).Take(principals + alternates).ToArray();
                for (int i = 0; i < chosen.Length; i++)
                {
                    bool principal = i < principals;
                    BoardRole role = !principal ? BoardRole.Member : i switch { 0 => BoardRole.Chair, 1 => BoardRole.ViceChair, 2 => BoardRole.Secretary, _ => BoardRole.Member };
                    seats.Add(new BoardSeat(chosen[i].Number, principal ? SeatType.Principal : SeatType.Alternate, role, i == 0 && Chance(0.5) ? WorkBasis.FullTime : WorkBasis.PartTime));
                }

                SolarHijriDate next = end.AddDays(1);
                bool last = next > _asOf || (lapseAfter is { } lapse && next > lapse);

                // Only the terms of the last six years are recorded, as the smart system keeps them.
                if (end >= _asOf.AddYears(-6))
                {
                    b.BoardTerms.Add(new BoardTerm(start, end, seats.ToImmutable()));
                    Member director = chosen[0];
                    SolarHijriDate mdStart = start.AddDays(Between(0, 10));
                    b.ManagingDirectors.Add(new ManagingDirectorTerm(director.Name, director.NationalCode, director.Number, mdStart, last ? null : end));
                }

                if (last)
                {
                    break;
                }

                start = next;
            }
        }

        private (int First, int Last) FiscalYears(CooperativeBuilder b)
        {
            int first = Math.Max(FiscalCalendar.YearOf(b.RegisteredOn, b.FiscalYearStartMonth), FiscalCalendar.YearOf(_asOf, b.FiscalYearStartMonth) - 5);
            int last = FiscalCalendar.YearOf(_asOf, b.FiscalYearStartMonth) - 1;
            return (first, last);
        }

        private void AssembliesAndStatements(CooperativeBuilder b, int firstFy, int lastFy)
        {
            bool diligent = Chance(0.7);
            for (int fy = firstFy; fy <= lastFy; fy++)
            {
                SolarHijriDate fyEnd = FiscalCalendar.End(fy, b.FiscalYearStartMonth);
                if (fyEnd < b.RegisteredOn)
                {
                    continue;
                }

                SolarHijriDate deadline = FiscalCalendar.LastDayOfMonthAfter(fyEnd, FiscalCalendar.OrdinaryAssemblyMonths);
                double roll = _random.NextDouble();
                SolarHijriDate? held = roll < (diligent ? 0.85 : 0.45)
                    ? DateBetween(fyEnd.AddDays(30), deadline)
                    : roll < (diligent ? 0.95 : 0.8) ? deadline.AddDays(Between(1, 150)) : null;
                if (held is { } h && h <= _asOf)
                {
                    int members = b.Members.Count(m => m.IsMemberOn(h));
                    int present = Between(Math.Min(members, Math.Max(1, members / 2)), members);
                    int proxies = Math.Min(members - present, Between(0, 3));
                    AssemblyCall call = Chance(0.2) ? AssemblyCall.Second : AssemblyCall.First;
                    string year = fy.ToString(CultureInfo.InvariantCulture);
                    b.Assemblies.Add(new GeneralAssembly(AssemblyKind.Ordinary, call, fy, h.AddDays(-Between(10, 40)), h, present, proxies,
                        [Invariant($"تصویب صورت‌های مالی سال {year}"), "انتخاب بازرس اصلی و علی‌البدل"], AssemblyElections.Inspectors));
                    b.Inspectors.Add(new InspectorTerm(Invariant($"{Pick(GeneratorData.FirstNames)} {Pick(GeneratorData.LastNames)}"),
                        PersonKind.Natural, SeatType.Principal, h, h.AddYears(1).AddDays(-1)));
                    if (Chance(0.6))
                    {
                        b.Inspectors.Add(new InspectorTerm(Invariant($"{Pick(GeneratorData.FirstNames)} {Pick(GeneratorData.LastNames)}"),
                            PersonKind.Natural, SeatType.Alternate, h, h.AddYears(1).AddDays(-1)));
                    }
                }

                if (Chance(diligent ? 0.95 : 0.6))
                {
                    Statement(b, fy, fyEnd, held);
                }
            }

            if (Chance(0.08))
            {
                SolarHijriDate on = DateBetween(b.RegisteredOn.AddDays(60), _asOf);
                if (on <= _asOf)
                {
                    b.Assemblies.Add(new GeneralAssembly(AssemblyKind.Extraordinary, AssemblyCall.First, null, on.AddDays(-15), on,
                        Math.Max(1, b.Members.Count(m => m.IsMemberOn(on)) * 2 / 3), 0, ["اصلاح اساسنامه"], AssemblyElections.None));
                }
            }
        }

        private void Statement(CooperativeBuilder b, int fy, SolarHijriDate fyEnd, SolarHijriDate? held)
        {
            long revenue = Between(1, 5000) * 10_000_000L;
            long assets = Between(1, 4000) * 10_000_000L;
            long debts = assets * Between(0, 90) / 100;
            long equity = assets - debts;
            long surplus = revenue * Between(-15, 25) / 100;
            SolarHijriDate toInspectors = fyEnd.AddDays(Between(20, 90));
            SolarHijriDate? toSystem = held is { } h && Chance(0.7) ? h.AddDays(Between(1, 60)) : null;
            b.FinancialStatements.Add(new FinancialStatement(
                fy,
                Money.FromRials(revenue),
                Money.FromRials(surplus),
                Money.FromRials(assets),
                Money.FromRials(equity),
                Money.FromRials(debts),
                Weighted(GeneratorData.Audits),
                toInspectors <= _asOf ? toInspectors : null,
                toSystem is { } s && s <= _asOf ? s : null));
        }

        private void Employment(CooperativeBuilder b, int firstFy, int lastFy)
        {
            for (int fy = firstFy; fy <= lastFy; fy++)
            {
                SolarHijriDate from = Max(FiscalCalendar.Start(fy, b.FiscalYearStartMonth), b.RegisteredOn);
                SolarHijriDate to = FiscalCalendar.End(fy, b.FiscalYearStartMonth);
                if (to < from || Chance(0.1))
                {
                    continue;
                }

                int jobs = b.Members.Count(m => m.IsEmployed && m.IsMemberOn(to)) + Between(0, 15);
                b.Employment.Add(new EmploymentRecord(from, to, jobs, Between(0, jobs)));
            }
        }

        private void Profile(CooperativeBuilder b)
        {
            int submitted = b.FinancialStatements.Count(s => s.SubmittedToSystemOn is not null);
            double roll = _random.NextDouble();
            b.SmartSystemProfile = roll < 0.55
                ? new SmartSystemProfile(true, true, true, true, true, submitted, DateBetween(_asOf.AddDays(-300), _asOf))
                : roll < 0.85
                    ? new SmartSystemProfile(Chance(0.8), Chance(0.6), Chance(0.5), Chance(0.4), Chance(0.4), Math.Max(0, submitted - 1), DateBetween(_asOf.AddDays(-500), _asOf))
                    : new SmartSystemProfile(Chance(0.5), Chance(0.3), false, false, false, 0, Chance(0.7) ? DateBetween(b.RegisteredOn, _asOf.AddDays(-730)) : null);
            if (b.SmartSystemProfile.LastUpdatedOn is { } u && u < b.RegisteredOn)
            {
                b.SmartSystemProfile = b.SmartSystemProfile with { LastUpdatedOn = b.RegisteredOn };
            }
        }

        private void Applications(CooperativeBuilder b, CooperativeKind kind)
        {
            if (!Chance(0.3))
            {
                return;
            }

            int count = Chance(0.8) ? 1 : 2;
            for (int i = 0; i < count; i++)
            {
                SolarHijriDate on = DateBetween(Max(b.RegisteredOn, _asOf.AddDays(-730)), _asOf);
                long amount = Between(5, 2000) * 100_000_000L;
                CollateralKind collateral = Weighted(GeneratorData.Collaterals);
                long collateralValue = collateral == CollateralKind.None ? 0 : amount * Between(100, 200) / 100;
                long overdue = Chance(0.1) ? Between(5, 500) * 10_000_000L : 0;
                int cheques = Chance(0.06) ? Between(1, 3) : 0;
                b.FacilityApplications.Add(new FacilityApplication(
                    Pick(GeneratorData.Programmes),
                    on,
                    Money.FromRials(amount),
                    Between(0, 30),
                    Chance(0.7) ? GeneratorData.SectorOf(kind) : Pick(GeneratorData.Sectors),
                    collateral,
                    Money.FromRials(collateralValue),
                    Money.FromRials(overdue),
                    cheques));
            }
        }

        private NationalCode NationalCodeFor(HashSet<string> ids)
        {
            while (true)
            {
                string prefix = Invariant($"{_random.Next(1, 999_999_999):D9}");
                for (int check = 0; check < 10; check++)
                {
                    if (NationalCode.TryParse(prefix + (char)('0' + check), out NationalCode code) && ids.Add(code.Value))
                    {
                        return code;
                    }
                }
            }
        }

        private LegalEntityId LegalIdUnique(Func<string, bool> isNew)
        {
            while (true)
            {
                LegalEntityId id = LegalId();
                if (isNew(id.Value))
                {
                    return id;
                }
            }
        }

        private LegalEntityId LegalId()
        {
            while (true)
            {
                string prefix = Invariant($"10{_random.Next(0, 99_999_999):D8}");
                for (int check = 0; check < 10; check++)
                {
                    if (LegalEntityId.TryParse(prefix + (char)('0' + check), out LegalEntityId id))
                    {
                        return id;
                    }
                }
            }
        }
    }
}
