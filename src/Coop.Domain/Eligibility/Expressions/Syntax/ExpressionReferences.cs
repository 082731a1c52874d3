namespace Coop.Domain.Eligibility.Expressions;

/// <summary>
/// The fact paths and parameter names an expression text names, found by parsing it — nothing is bound, compiled or
/// evaluated. Paths are written from the root as in the expression (<c>cooperative.memberCount</c>); a path through a
/// collection element (<c>m.employed</c> in <c>count(m in cooperative.members where m.employed)</c>) counts as the
/// collection's path. Parameters are named without <c>$</c>, from <c>$name</c>, <c>$name[key]</c> and
/// <c>param('name' …)</c>.
/// </summary>
internal static class ExpressionReferences
{
    /// <summary>Adds what <paramref name="text"/> names to the collections given (null to skip one).</summary>
    /// <returns>False when the text is null, blank or does not parse (nothing is added).</returns>
    public static bool Collect(string? text, ICollection<string>? paths, ICollection<string>? parameters)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        SyntaxNode root;
        try
        {
            root = Parser.Parse(text, ExpressionLimits.Default);
        }
        catch (ExpressionCompileException)
        {
            return false;
        }

        Walk(root, [], paths, parameters);
        return true;
    }

    private static void Walk(SyntaxNode node, List<string> variables, ICollection<string>? paths, ICollection<string>? parameters)
    {
        switch (node)
        {
            case PathSyntax p:
                if (paths is not null && !variables.Contains(p.Segments[0].Name))
                {
                    paths.Add(string.Join('.', p.Segments.Select(s => s.Name)));
                }

                break;
            case ParameterSyntax p:
                parameters?.Add(p.Name);
                if (p.Key is not null)
                {
                    Walk(p.Key, variables, paths, parameters);
                }

                break;
            case UnarySyntax u:
                Walk(u.Operand, variables, paths, parameters);
                break;
            case BinarySyntax b:
                Walk(b.Left, variables, paths, parameters);
                Walk(b.Right, variables, paths, parameters);
                break;
            case InSyntax i:
                Walk(i.Value, variables, paths, parameters);
                foreach (SyntaxNode item in i.Items)
                {
                    Walk(item, variables, paths, parameters);
                }

                break;
            case BetweenSyntax b:
                Walk(b.Value, variables, paths, parameters);
                Walk(b.Low, variables, paths, parameters);
                Walk(b.High, variables, paths, parameters);
                break;
            case CallSyntax c:
                if (c.Name == "param" && c.Arguments is [LiteralSyntax { Value.Kind: FactTypeKind.String } name, ..])
                {
                    parameters?.Add(name.Value.AsString());
                    foreach (SyntaxNode argument in c.Arguments.Skip(1))
                    {
                        Walk(argument, variables, paths, parameters);
                    }

                    break;
                }

                foreach (SyntaxNode argument in c.Arguments)
                {
                    Walk(argument, variables, paths, parameters);
                }

                break;
            case AggregateSyntax a:
                Walk(a.Source, variables, paths, parameters);
                variables.Add(a.Variable);
                if (a.Filter is not null)
                {
                    Walk(a.Filter, variables, paths, parameters);
                }

                if (a.Body is not null)
                {
                    Walk(a.Body, variables, paths, parameters);
                }

                variables.RemoveAt(variables.Count - 1);
                break;
        }
    }
}
