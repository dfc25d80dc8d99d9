using System.Diagnostics.CodeAnalysis;
using System.Reflection;

namespace DocGen.Templates;

/// <summary>
/// The public properties of a type the name check reaches by walking the model's property types, where no
/// annotation can follow. The one place template code reflects over a bare <see cref="Type"/>.
/// </summary>
internal static class ModelTypeProperties
{
    // IL2070: the types walked are the model records (ITemplateModel keeps their public properties, and DocGen.Core is
    // a TrimmerRootAssembly of the NativeAOT build), strings, numbers and lists. EndToEnd/NativeAotTests proves it:
    // check on the sample and on a template naming an unknown value gives the JIT build's diagnostics, names included.
    [UnconditionalSuppressMessage("Trimming", "IL2070", Justification = "Model records keep their properties; NativeAotTests compares the name check's diagnostics.")]
    public static PropertyInfo[] Of(Type type) => type.GetProperties(BindingFlags.Public | BindingFlags.Instance);

    /// <returns>The property named <paramref name="name"/> in any case, as Handlebars.Net resolves it, or null.</returns>
    public static PropertyInfo? Named(Type type, string name) =>
        Of(type).FirstOrDefault(p => string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase));
}
