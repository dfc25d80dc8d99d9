using DocGen.Model;
using HandlebarsDotNet.Iterators;
using HandlebarsDotNet.ObjectDescriptors;

namespace DocGen.Templates;

/// <summary>
/// Describes DocGen's template models to Handlebars.Net through plain reflection. The library's own descriptor
/// builds typed getters with MakeGenericMethod, which a NativeAOT build cannot do for value-typed properties
/// (bool, int); this one works the same under the JIT and AOT.
/// </summary>
internal sealed class ModelDescriptorProvider(AsyncLocal<BudgetMeter?> meter) : IObjectDescriptorProvider
{
    private readonly ModelMemberAccessor _accessor = new(meter);

    public bool TryGetDescriptor(Type type, out ObjectDescriptor value)
    {
        // Collections and values stay with Handlebars.Net's descriptors; only the model records are ours.
        if (!typeof(ITemplateModel).IsAssignableFrom(type))
        {
            value = ObjectDescriptor.Empty;
            return false;
        }
        value = new ObjectDescriptor(type, _accessor, (_, instance) => _accessor.Names(instance), self => new ObjectIterator(self));
        return true;
    }
}
