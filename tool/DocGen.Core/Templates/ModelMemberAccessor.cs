using System.Collections.Concurrent;
using System.Reflection;
using DocGen.Model;
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
        if (instance is ITemplateModel model && Properties(model).TryGetValue(memberName.TrimmedValue, out var property))
        {
            value = property.GetValue(instance);
            return true;
        }
        value = null;
        return false;
    }

    public IEnumerable<ChainSegment> Names(object instance) => instance is ITemplateModel model
        ? Properties(model).Values.Select(p => ChainSegment.Create(p.Name))
        : [];

    // Through the model, not a bare Type: ITemplateModel's annotation tells the trimmer that GetType() here needs
    // the record's public properties.
    private Dictionary<string, PropertyInfo> Properties(ITemplateModel model)
    {
        var type = model.GetType();
        if (_properties.TryGetValue(type, out var properties))
            return properties;
        return _properties[type] = type
            .GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.CanRead && p.GetIndexParameters().Length == 0)
            .ToDictionary(p => p.Name, StringComparer.OrdinalIgnoreCase);
    }
}
