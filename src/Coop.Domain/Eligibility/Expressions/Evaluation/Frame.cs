using System.Runtime.CompilerServices;
using Coop.Domain.Calendar;

namespace Coop.Domain.Eligibility.Expressions;

/// <summary>
/// A compiled node: evaluates into <paramref name="value"/> and returns <see langword="true"/>, or
/// returns <see langword="false"/> after recording in the frame why there is no value (a missing fact
/// or an evaluation error).
/// </summary>
internal delegate bool Eval<T>(ref Frame frame, out T value);

/// <summary>The state of one evaluation, on the caller's stack so that evaluation allocates nothing.</summary>
internal struct Frame
{
    public const int MaxSlots = 4;

    public object Root;
    public SolarHijriDate AsOf;
    public IParameterSource? Parameters;
    public ExpressionTrace? Trace;

    /// <summary>The path of the first missing fact, when a node had no value because of it.</summary>
    public string? Missing;

    /// <summary>The evaluation error, when a node had no value because of one.</summary>
    public string? Error;

    /// <summary>Written by generated code: bit i set when scoring term i of the chunk held.</summary>
    public ulong Held;

    /// <summary>Written by generated code: the status of rule i of the chunk in bits 4i to 4i + 3.</summary>
    public ulong Packed;

    /// <summary>The current element of each enclosing collection function.</summary>
    public SlotArray Slots;

    public Frame(object root, SolarHijriDate asOf, IParameterSource? parameters, ExpressionTrace? trace)
    {
        Root = root;
        AsOf = asOf;
        Parameters = parameters;
        Trace = trace;
    }

    public bool SetMissing(string path)
    {
        Missing ??= path;
        return false;
    }

    public bool SetError(string message)
    {
        Error ??= message;
        return false;
    }
}

/// <summary>The element a collection function is visiting and its index.</summary>
internal struct Slot
{
    public object? Item;
    public int Index;
}

/// <summary>Fixed room for the elements of nested collection functions (no heap array per evaluation).</summary>
[InlineArray(Frame.MaxSlots)]
internal struct SlotArray
{
    private Slot _element0;
}
