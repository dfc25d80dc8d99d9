using System.Collections.Concurrent;
using System.Reflection;
using HandlebarsDotNet.MemberAccessors;
using HandlebarsDotNet.PathStructure;

namespace DocGen.Templates;

/// <summary>
/// Reads a model's public properties by name, ignoring case as Handlebars.Net's own accessor does. Each read is a step
/// of the current render's budget: a loop that writes nothing still reads its collection on every pass.
/// </summary>
/// <param name="meter">The budget of the render running on this thread; the engine is shared by sets rendered in parallel.</param>
internal sealed class ModelMemberAccessor(AsyncLocal<BudgetMeter?> meter) : IMemberAccessor
{
    private readonly ConcurrentDictionary<Type, Dictionary<string, PropertyInfo>> _properties = new();

    public bool TryGetValue(object instance, ChainSegment memberName, out object? value)
    {
        meter.Value?.Step();
        if (Properties(instance.GetType()).TryGetValue(memberName.TrimmedValue, out var property))
        {
            value = property.GetValue(instance);
            return true;
        }
        value = null;
        return false;
    }

    public IEnumerable<ChainSegment> Names(Type type) => Properties(type).Values.Select(p => ChainSegment.Create(p.Name));

    private Dictionary<string, PropertyInfo> Properties(Type type) => _properties.GetOrAdd(type, t => t
        .GetProperties(BindingFlags.Public | BindingFlags.Instance)
        .Where(p => p.CanRead && p.GetIndexParameters().Length == 0)
        .ToDictionary(p => p.Name, StringComparer.OrdinalIgnoreCase));
}
