using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace AllyGuide.Rendering;

/// <summary>A template function without reflection, so the library stays trimming-safe.</summary>
internal sealed class TemplateFunction(int required, int total, Func<TemplateContext, ScriptArray, object?> body) : IScriptCustomFunction
{
    public int RequiredParameterCount => required;

    public int ParameterCount => total;

    public ScriptVarParamKind VarParamKind => ScriptVarParamKind.Direct;

    public Type ReturnType => typeof(object);

    public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement)
    {
        if (arguments.Count < required || arguments.Count > total)
        {
            throw new ScriptRuntimeException(callerContext?.Span ?? context.CurrentSpan,
                $"Expected {required} to {total} arguments, but got {arguments.Count}.");
        }

        return body(context, arguments);
    }

    public ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        ValueTask.FromResult(Invoke(context, callerContext, arguments, blockStatement));

    public ScriptParameterInfo GetParameterInfo(int index) => new(typeof(object), "arg" + index);
}
