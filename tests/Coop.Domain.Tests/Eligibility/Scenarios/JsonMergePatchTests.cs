using System.Text.Json.Nodes;
using Coop.Domain.Eligibility.Scenarios;
using CsCheck;

namespace Coop.Domain.Tests.Eligibility.Scenarios;

public sealed class JsonMergePatchTests
{
    private static (string Json, List<(string Path, string Message, ScenarioErrorCode Code, string[] Arguments)> Errors) Apply(string target, string patch)
    {
        var errors = new List<(string Path, string Message, ScenarioErrorCode Code, string[] Arguments)>();
        JsonNode? result = JsonMergePatch.Apply(JsonNode.Parse(target), JsonNode.Parse(patch), "$.p", errors);
        return (result?.ToJsonString() ?? "null", errors);
    }

    // The examples of RFC 7396, appendix A.
    [Theory]
    [InlineData("""{"a":"b"}""", """{"a":"c"}""", """{"a":"c"}""")]
    [InlineData("""{"a":"b"}""", """{"b":"c"}""", """{"a":"b","b":"c"}""")]
    [InlineData("""{"a":"b"}""", """{"a":null}""", """{}""")]
    [InlineData("""{"a":"b","b":"c"}""", """{"a":null}""", """{"b":"c"}""")]
    [InlineData("""{"a":["b"]}""", """{"a":"c"}""", """{"a":"c"}""")]
    [InlineData("""{"a":"c"}""", """{"a":["b"]}""", """{"a":["b"]}""")]
    [InlineData("""{"a":{"b":"c"}}""", """{"a":{"b":"d","c":null}}""", """{"a":{"b":"d"}}""")]
    [InlineData("""{"a":[{"b":"c"}]}""", """{"a":[1]}""", """{"a":[1]}""")]
    [InlineData("""["a","b"]""", """["c","d"]""", """["c","d"]""")]
    [InlineData("""{"a":"b"}""", """["c"]""", """["c"]""")]
    [InlineData("""{"a":"foo"}""", "null", "null")]
    [InlineData("""{"a":"foo"}""", "\"bar\"", "\"bar\"")]
    [InlineData("""{"e":null}""", """{"a":1}""", """{"e":null,"a":1}""")]
    [InlineData("""[1,2]""", """{"a":"b","c":null}""", """{"a":"b"}""")]
    [InlineData("""{}""", """{"a":{"bb":{"ccc":null}}}""", """{"a":{"bb":{}}}""")]
    public void Plain_patches_follow_RFC_7396(string target, string patch, string expected)
    {
        (string json, var errors) = Apply(target, patch);
        Assert.Empty(errors);
        Assert.Equal(expected, json);
    }

    [Fact]
    public void A_null_marker_sets_a_property_to_JSON_null_where_a_plain_null_would_remove_it()
    {
        (string json, var errors) = Apply("""{"s":{"aligned":true,"alignedOn":"1398/09/26"},"k":0}""", """{"s":{"aligned":false,"alignedOn":{"$null":true}}}""");
        Assert.Empty(errors);
        Assert.Equal("""{"s":{"aligned":false,"alignedOn":null},"k":0}""", json);

        (string added, var none) = Apply("""{"k":0}""", """{"n":{"$null":true}}""");
        Assert.Empty(none);
        Assert.Equal("""{"k":0,"n":null}""", added);
    }

    [Fact]
    public void A_null_marker_that_is_not_true_is_an_error_naming_its_path()
    {
        (_, var errors) = Apply("""{"a":1}""", """{"a":{"$null":1}}""");
        var error = Assert.Single(errors);
        Assert.Equal("$.p.a.$null", error.Path);
        Assert.Contains("$null must be true", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Append_adds_items_at_the_end_of_the_base_array()
    {
        (string json, var errors) = Apply("""{"m":[1,2],"k":0}""", """{"m":{"$append":[3,{"x":4}]}}""");
        Assert.Empty(errors);
        Assert.Equal("""{"m":[1,2,3,{"x":4}],"k":0}""", json);
    }

    [Fact]
    public void Patch_merge_patches_elements_by_index()
    {
        (string json, var errors) = Apply("""{"m":[{"a":1,"b":2},{"a":3}]}""", """{"m":{"$patch":{"1":{"a":30,"c":5},"0":{"b":null}}}}""");
        Assert.Empty(errors);
        Assert.Equal("""{"m":[{"a":1},{"a":30,"c":5}]}""", json);
    }

    [Fact]
    public void Remove_removes_elements_by_their_index_in_the_base_array()
    {
        (string json, var errors) = Apply("""[10,11,12,13,14,15]""", """{"$remove":[5,2]}""");
        Assert.Empty(errors);
        Assert.Equal("[10,11,13,14]", json);
    }

    [Fact]
    public void Operations_combine_in_the_order_patch_remove_append_with_base_indexes()
    {
        (string json, var errors) = Apply("""[{"v":0},{"v":1},{"v":2}]""", """{"$append":[{"v":9}],"$remove":[0],"$patch":{"2":{"v":20}}}""");
        Assert.Empty(errors);
        Assert.Equal("""[{"v":1},{"v":20},{"v":9}]""", json);
    }

    [Fact]
    public void Nested_array_operations_apply_inside_patched_elements()
    {
        (string json, var errors) = Apply("""{"t":[{"s":[1]}]}""", """{"t":{"$patch":{"0":{"s":{"$append":[2]}}}}}""");
        Assert.Empty(errors);
        Assert.Equal("""{"t":[{"s":[1,2]}]}""", json);
    }

    [Fact]
    public void The_patch_document_is_not_modified_and_appended_items_are_copies()
    {
        JsonNode patch = JsonNode.Parse("""{"m":{"$append":[{"x":1}]}}""")!;
        string before = patch.ToJsonString();
        var errors = new List<(string Path, string Message, ScenarioErrorCode Code, string[] Arguments)>();
        JsonNode? first = JsonMergePatch.Apply(JsonNode.Parse("""{"m":[]}"""), patch, "$", errors);
        JsonNode? second = JsonMergePatch.Apply(JsonNode.Parse("""{"m":[]}"""), patch, "$", errors);
        Assert.Empty(errors);
        Assert.Equal(before, patch.ToJsonString());
        Assert.Equal(first!.ToJsonString(), second!.ToJsonString());
    }

    [Theory]
    [InlineData("""{"m":{"a":1}}""", """{"m":{"$append":[1]}}""", "$.p.m", "$append applies to an array, but the base value here is an object")]
    [InlineData("""{}""", """{"m":{"$remove":[0]}}""", "$.p.m", "the base value here is nothing")]
    [InlineData("""{"m":[1]}""", """{"m":{"$remove":[1]}}""", "$.p.m.$remove[0]", "1 is not an index of the base array, which has 1 element(s)")]
    [InlineData("""{"m":[1]}""", """{"m":{"$remove":["0"]}}""", "$.p.m.$remove[0]", "\"0\" is not an index")]
    [InlineData("""{"m":[1,2]}""", """{"m":{"$remove":[0,0]}}""", "$.p.m.$remove[1]", "the index 0 is listed twice")]
    [InlineData("""{"m":[1]}""", """{"m":{"$remove":0}}""", "$.p.m.$remove", "$remove must be an array of indexes")]
    [InlineData("""{"m":[1]}""", """{"m":{"$append":1}}""", "$.p.m.$append", "$append must be an array")]
    [InlineData("""{"m":[1]}""", """{"m":{"$patch":[1]}}""", "$.p.m.$patch", "$patch must be an object mapping indexes")]
    [InlineData("""{"m":[{}]}""", """{"m":{"$patch":{"3":{}}}}""", "$.p.m.$patch['3']", "'3' is not an index of the base array")]
    [InlineData("""{"m":[{}]}""", """{"m":{"$patch":{"-1":{}}}}""", "$.p.m.$patch['-1']", "'-1' is not an index")]
    [InlineData("""{"m":[{}]}""", """{"m":{"$patch":{"0":null}}}""", "$.p.m.$patch['0']", "use $remove")]
    [InlineData("""{"m":[1]}""", """{"m":{"$append":[2],"x":1}}""", "$.p.m", "cannot be mixed with other properties ('x')")]
    public void Misused_array_operations_are_errors_with_the_path_of_the_patch(string target, string patch, string path, string message)
    {
        (_, var errors) = Apply(target, patch);
        var error = Assert.Single(errors);
        Assert.Equal(path, error.Path);
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
        Assert.NotEqual(ScenarioErrorCode.Unspecified, error.Code);
    }

    private static readonly Gen<JsonObject> Objects = Gen.Recursive<JsonObject>((depth, self) =>
    {
        Gen<JsonNode?> leaf = Gen.OneOf<JsonNode?>(
            Gen.Int[-5, 5].Select(i => (JsonNode?)JsonValue.Create(i)),
            Gen.String[Gen.Char["ab"], 0, 3].Select(s => (JsonNode?)JsonValue.Create(s)),
            Gen.Const((JsonNode?)null));
        Gen<JsonNode?> value = depth < 3 ? Gen.OneOf(leaf, self.Select(o => (JsonNode?)o)) : leaf;
        return Gen.Dictionary(Gen.String[Gen.Char["abc"], 1, 2], value)[0, 4].Select(d =>
        {
            var o = new JsonObject();
            foreach (KeyValuePair<string, JsonNode?> pair in d)
            {
                o[pair.Key] = pair.Value;
            }

            return o;
        });
    });

    [Fact]
    public void Applying_a_plain_patch_twice_gives_the_same_result_as_once()
    {
        Gen.Select(Objects, Objects).Sample((target, patch) =>
        {
            var errors = new List<(string Path, string Message, ScenarioErrorCode Code, string[] Arguments)>();
            JsonNode? once = JsonMergePatch.Apply(target.DeepClone(), patch, "$", errors);
            JsonNode? twice = JsonMergePatch.Apply(once!.DeepClone(), patch, "$", errors);
            return errors.Count == 0 && JsonNode.DeepEquals(once, twice);
        });
    }
}
