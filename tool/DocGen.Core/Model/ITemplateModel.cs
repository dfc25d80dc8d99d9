using System.Diagnostics.CodeAnalysis;

namespace DocGen.Model;

/// <summary>
/// A record a template reads by name. The annotation makes the trimmer keep the public properties of every record
/// that implements it, and lets the template engine read them through <c>GetType()</c> in a NativeAOT build.
/// </summary>
[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicProperties)]
internal interface ITemplateModel;
