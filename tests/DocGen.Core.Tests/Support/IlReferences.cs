using System.Reflection;
using System.Reflection.Emit;

namespace DocGen.Tests.Support;

/// <summary>
/// What a type's code refers to: the types in its signatures and every type, member and string literal its method
/// bodies name, read from their IL, so a dependency hidden in a lambda or a local is seen too.
/// </summary>
internal static class IlReferences
{
    private const BindingFlags Everything =
        BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;

    private static readonly Dictionary<short, OpCode> OpCodesByValue = typeof(OpCodes)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Select(f => (OpCode)f.GetValue(null)!)
        .ToDictionary(o => o.Value);

    /// <summary>Every type <paramref name="type"/> names, with generic arguments and element types unfolded.</summary>
    public static IEnumerable<Type> Types(Type type)
    {
        var named = new List<Type?> { type.BaseType };
        named.AddRange(type.GetInterfaces());
        named.AddRange(type.GetFields(Everything).Select(f => f.FieldType));
        named.AddRange(type.GetProperties(Everything).Select(p => p.PropertyType));
        foreach (var method in Methods(type))
        {
            if (method is MethodInfo info)
                named.Add(info.ReturnType);
            named.AddRange(method.GetParameters().Select(p => p.ParameterType));
            named.AddRange(method.GetMethodBody()?.LocalVariables.Select(l => l.LocalType) ?? []);
            foreach (var (_, operand) in Instructions(method))
                named.Add(operand switch
                {
                    Type t => t,
                    MemberInfo m => m.DeclaringType,
                    _ => null,
                });
        }
        return named.OfType<Type>().SelectMany(Unfold).Distinct();
    }

    /// <summary>The string literals in <paramref name="type"/>'s method bodies (constants used by it included, as C# inlines them).</summary>
    public static IEnumerable<string> Strings(Type type) => Methods(type).SelectMany(Instructions).Select(i => i.Operand).OfType<string>();

    /// <summary>The string literals of the type's methods, its constructors and initialisers left out.</summary>
    public static IEnumerable<string> StringsOutsideConstructors(Type type) =>
        type.GetMethods(Everything).SelectMany(Instructions).Select(i => i.Operand).OfType<string>();

    /// <summary>
    /// The string literals <paramref name="type"/> looks something up by: passed to an indexer or a dictionary's
    /// lookup (<c>row["完成时限"]</c>, <c>cells.TryGetValue("序号", out …)</c>) or to a method named like one
    /// (<c>task.Cell("牵头单位")</c>). A literal in a message is not a key.
    /// </summary>
    public static IEnumerable<string> Keys(Type type)
    {
        foreach (var method in Methods(type))
        {
            var code = Instructions(method).ToList();
            for (var i = 0; i < code.Count; i++)
            {
                if (code[i].Operand is not string key)
                    continue;
                // The key may be followed by the out variable's address before the call.
                var call = code.Skip(i + 1).SkipWhile(c => c.Code.Name!.StartsWith("ldloca", StringComparison.Ordinal)).FirstOrDefault();
                if (call.Operand is MethodBase { Name: "get_Item" or "TryGetValue" or "GetValueOrDefault" or "ContainsKey" or "Cell" or "Has" })
                    yield return key;
            }
        }
    }

    private static IEnumerable<MethodBase> Methods(Type type) =>
        type.GetMethods(Everything).Cast<MethodBase>().Concat(type.GetConstructors(Everything));

    private static IEnumerable<Type> Unfold(Type type)
    {
        yield return type;
        if (type.HasElementType)
            foreach (var inner in Unfold(type.GetElementType()!))
                yield return inner;
        if (type.IsGenericType)
            foreach (var argument in type.GetGenericArguments().SelectMany(Unfold))
                yield return argument;
    }

    /// <summary>A method body's instructions, each with its token resolved: a type, a member or a string.</summary>
    private static IEnumerable<(OpCode Code, object? Operand)> Instructions(MethodBase method)
    {
        var il = method.GetMethodBody()?.GetILAsByteArray();
        if (il is null)
            yield break;
        var typeArguments = method.DeclaringType is { IsGenericType: true } d ? d.GetGenericArguments() : null;
        var methodArguments = method.IsGenericMethod ? method.GetGenericArguments() : null;
        for (var at = 0; at < il.Length;)
        {
            var value = il[at] == 0xFE ? (short)(0xFE00 | il[at + 1]) : il[at];
            at += il[at] == 0xFE ? 2 : 1;
            var code = OpCodesByValue[value];
            var token = code.OperandType is OperandType.InlineNone ? 0 : BitConverter.ToInt32(il, Math.Min(at, il.Length - 4));
            object? resolved = code.OperandType switch
            {
                OperandType.InlineString => method.Module.ResolveString(token),
                OperandType.InlineType => method.Module.ResolveType(token, typeArguments, methodArguments),
                OperandType.InlineMethod or OperandType.InlineField or OperandType.InlineTok =>
                    method.Module.ResolveMember(token, typeArguments, methodArguments),
                _ => null,
            };
            yield return (code, resolved);
            at += code.OperandType switch
            {
                OperandType.InlineNone => 0,
                OperandType.ShortInlineBrTarget or OperandType.ShortInlineI or OperandType.ShortInlineVar => 1,
                OperandType.InlineVar => 2,
                OperandType.InlineI8 or OperandType.InlineR => 8,
                OperandType.InlineSwitch => 4 + 4 * BitConverter.ToInt32(il, at),
                _ => 4,
            };
        }
    }
}
