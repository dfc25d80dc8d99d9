using System.Globalization;
using System.Text;

namespace DocGen.Templates;

/// <summary>
/// The writer a template renders into: passes the text on to <paramref name="inner"/> and charges each character's
/// UTF-8 size to the render's <see cref="BudgetMeter"/>, so a runaway template stops before it fills the memory.
/// </summary>
internal sealed class MeteredWriter(BudgetMeter meter, TextWriter inner) : TextWriter(CultureInfo.InvariantCulture)
{
    public override Encoding Encoding => Encoding.UTF8;

    public override void Write(char value)
    {
        // A surrogate pair is 4 bytes in UTF-8: 2 for each half.
        meter.Wrote(value < 0x80 ? 1 : value < 0x800 || char.IsSurrogate(value) ? 2 : 3);
        inner.Write(value);
    }

    public override void Write(string? value) => Write(value.AsSpan());

    public override void Write(char[] buffer, int index, int count) => Write(buffer.AsSpan(index, count));

    public override void Write(ReadOnlySpan<char> buffer)
    {
        meter.Wrote(Encoding.UTF8.GetByteCount(buffer));
        inner.Write(buffer);
    }
}
