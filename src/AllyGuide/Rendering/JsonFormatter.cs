using AllyGuide.Json;

namespace AllyGuide.Rendering;

/// <summary>The JSON format: the projection every format renders from, serialized, with a final newline.</summary>
internal sealed class JsonFormatter : IGuideFormatter
{
    public OutputFormat Format => OutputFormat.Json;

    public void Write(RenderRequest request, TextWriter output)
    {
        output.Write(GuideJson.Serialize(request.Document));
        output.Write('\n');
    }

    public async ValueTask WriteAsync(RenderRequest request, TextWriter output, CancellationToken cancellationToken)
    {
        await output.WriteAsync((GuideJson.Serialize(request.Document) + "\n").AsMemory(), cancellationToken).ConfigureAwait(false);
    }
}
