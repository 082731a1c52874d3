using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Coop.Domain.Eligibility.Scenarios;

/// <summary>
/// RFC 7396 JSON merge patch with three array extensions: an object <c>{"$append": [...]}</c> appends items to
/// the target array, <c>{"$patch": {"0": {...}}}</c> merge-patches elements by index, <c>{"$remove": [2, 5]}</c>
/// removes elements by index. The three may be combined in one object; indexes refer to the target array before
/// the operation, and they apply in the order patch, remove, append. Because a merge patch's <c>null</c> removes a
/// property, <c>{"$null": true}</c> sets a property to JSON <c>null</c> (the model requires every property, so
/// "no value" is written this way, e.g. <c>"alignedOn": {"$null": true}</c>).
/// </summary>
internal static class JsonMergePatch
{
    public const string Append = "$append";
    public const string PatchKey = "$patch";
    public const string Remove = "$remove";
    public const string Null = "$null";

    /// <summary>Applies <paramref name="patch"/> to <paramref name="target"/> (which it may modify and return) and returns the result.</summary>
    /// <param name="target">The value patched; owned by the caller (clone it first if it is shared).</param>
    /// <param name="patch">The patch; it is not modified (values are cloned into the target).</param>
    /// <param name="at">The JSON path of the patch, for errors.</param>
    /// <param name="errors">Receives (path, message, code, arguments) for each problem; the result is then unusable.</param>
    public static JsonNode? Apply(JsonNode? target, JsonNode? patch, string at, List<(string Path, string Message, ScenarioErrorCode Code, string[] Arguments)> errors)
    {
        if (patch is not JsonObject patchObject)
        {
            return patch?.DeepClone();
        }

        if (IsArrayOperation(patchObject, at, errors, out bool mixed))
        {
            return ApplyArrayOperation(target, patchObject, at, errors);
        }

        if (mixed)
        {
            return target;
        }

        JsonObject result = target as JsonObject ?? [];
        foreach ((string name, JsonNode? value) in patchObject)
        {
            string path = Policies.JsonPositions.Append(at, name);
            if (value is null)
            {
                result.Remove(name);
                continue;
            }

            if (value is JsonObject { Count: 1 } marker && marker.ContainsKey(Null))
            {
                if (marker[Null] is JsonValue flag && flag.GetValueKind() == JsonValueKind.True)
                {
                    result[name] = null;
                }
                else
                {
                    errors.Add((Policies.JsonPositions.Append(path, Null), "$null must be true; it sets the property to JSON null", ScenarioErrorCode.PatchNullNotTrue, []));
                }

                continue;
            }

            JsonNode? current = result[name];
            JsonNode? patched = Apply(current, value, path, errors);
            if (!ReferenceEquals(current, patched))
            {
                result[name] = patched;
            }
        }

        return result;
    }

    private static bool IsArrayOperation(JsonObject patch, string at, List<(string Path, string Message, ScenarioErrorCode Code, string[] Arguments)> errors, out bool mixed)
    {
        int operations = 0;
        foreach ((string name, _) in patch)
        {
            if (name is Append or PatchKey or Remove)
            {
                operations++;
            }
        }

        mixed = operations > 0 && operations < patch.Count;
        if (mixed)
        {
            string[] keys = [.. patch.Select(p => p.Key).Where(k => k is not (Append or PatchKey or Remove))];
            string others = string.Join(", ", keys.Select(k => "'" + k + "'"));
            errors.Add((at, $"an array operation ($append, $patch, $remove) cannot be mixed with other properties ({others})", ScenarioErrorCode.PatchMixedOperations, [string.Join(", ", keys)]));
        }

        return operations > 0 && !mixed;
    }

    private static JsonNode? ApplyArrayOperation(JsonNode? target, JsonObject operation, string at, List<(string Path, string Message, ScenarioErrorCode Code, string[] Arguments)> errors)
    {
        if (target is not JsonArray array)
        {
            string found = target is null ? "nothing (the base has no value here)" : KindWithArticle(target);
            errors.Add((at, $"{string.Join(", ", operation.Select(p => p.Key))} applies to an array, but the base value here is {found}", ScenarioErrorCode.PatchTargetNotArray,
                [string.Join(", ", operation.Select(p => p.Key)), target is null ? string.Empty : Kind(target)]));
            return target;
        }

        int count = array.Count;
        if (operation[PatchKey] is { } elementPatches)
        {
            string path = at + "." + PatchKey;
            if (elementPatches is not JsonObject byIndex)
            {
                errors.Add((path, $"$patch must be an object mapping indexes to merge patches, e.g. {{\"0\": {{...}}}}, not {KindWithArticle(elementPatches)}", ScenarioErrorCode.PatchNotObject, [Kind(elementPatches)]));
            }
            else
            {
                foreach ((string key, JsonNode? value) in byIndex)
                {
                    string itemPath = Policies.JsonPositions.Append(path, key);
                    if (!int.TryParse(key, NumberStyles.None, CultureInfo.InvariantCulture, out int index) || index >= count)
                    {
                        errors.Add((itemPath, $"'{key}' is not an index of the base array, which has {count} element(s) (indexes 0 to {count - 1})", ScenarioErrorCode.IndexOutOfRange, [key, Invariant(count)]));
                        continue;
                    }

                    if (value is null)
                    {
                        errors.Add((itemPath, "an element patch cannot be null; use $remove to remove an element", ScenarioErrorCode.NullElementPatch, []));
                        continue;
                    }

                    JsonNode? current = array[index];
                    JsonNode? patched = Apply(current, value, itemPath, errors);
                    if (!ReferenceEquals(current, patched))
                    {
                        array[index] = patched;
                    }
                }
            }
        }

        if (operation[Remove] is { } removeNode)
        {
            string path = at + "." + Remove;
            var indexes = new SortedSet<int>();
            if (removeNode is not JsonArray removeList)
            {
                errors.Add((path, $"$remove must be an array of indexes, e.g. [2, 5], not {KindWithArticle(removeNode)}", ScenarioErrorCode.RemoveNotArray, [Kind(removeNode)]));
            }
            else
            {
                for (int i = 0; i < removeList.Count; i++)
                {
                    string itemPath = path + "[" + i.ToString(CultureInfo.InvariantCulture) + "]";
                    if (removeList[i] is JsonValue v && v.GetValueKind() == JsonValueKind.Number && v.TryGetValue(out int index) && index >= 0 && index < count)
                    {
                        if (!indexes.Add(index))
                        {
                            errors.Add((itemPath, $"the index {index} is listed twice", ScenarioErrorCode.DuplicateIndex, [Invariant(index)]));
                        }
                    }
                    else
                    {
                        errors.Add((itemPath, $"{Describe(removeList[i])} is not an index of the base array, which has {count} element(s) (indexes 0 to {count - 1})", ScenarioErrorCode.IndexOutOfRange,
                            [Describe(removeList[i]), Invariant(count)]));
                    }
                }
            }

            foreach (int index in indexes.Reverse())
            {
                array.RemoveAt(index);
            }
        }

        if (operation[Append] is { } appendNode)
        {
            if (appendNode is not JsonArray items)
            {
                errors.Add((at + "." + Append, $"$append must be an array of the items to add, not {KindWithArticle(appendNode)}", ScenarioErrorCode.AppendNotArray, [Kind(appendNode)]));
            }
            else
            {
                foreach (JsonNode? item in items)
                {
                    array.Add(item?.DeepClone());
                }
            }
        }

        return array;
    }

    public static string Kind(JsonNode? node) => node switch
    {
        null => "null",
        JsonObject => "object",
        JsonArray => "array",
        _ => node.GetValueKind() switch
        {
            JsonValueKind.String => "string",
            JsonValueKind.Number => "number",
            JsonValueKind.True or JsonValueKind.False => "boolean",
            _ => "value",
        },
    };

    /// <summary>The kind of a JSON value with its article: "an object", "a string", "null".</summary>
    public static string KindWithArticle(JsonNode? node) => Kind(node) switch
    {
        "null" => "null",
        "object" => "an object",
        "array" => "an array",
        string kind => "a " + kind,
    };

    private static string Invariant(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Describe(JsonNode? node) => node is JsonValue ? node.ToJsonString() : Kind(node);
}
