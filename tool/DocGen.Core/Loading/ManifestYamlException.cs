using YamlDotNet.Core;

namespace DocGen.Loading;

/// <summary>
/// A manifest that passes one of <see cref="BoundedYamlParser"/>'s limits. It is a <see cref="YamlException"/> because
/// it must abort <c>YamlStream.Load</c> from inside the event stream; its message is already the Chinese diagnostic.
/// </summary>
internal sealed class ManifestYamlException(Mark start, string message) : YamlException(start, start, message);
