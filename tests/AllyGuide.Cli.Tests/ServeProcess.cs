using System.Diagnostics;
using System.Net.Sockets;
using System.Text;
using System.Text.RegularExpressions;

namespace AllyGuide.Cli.Tests;

/// <summary>A running <c>allyguide serve</c>, its output collected as it comes, and an HTTP client for it.</summary>
internal sealed partial class ServeProcess : IDisposable
{
    private readonly Process process;
    private readonly StringBuilder stdout = new();
    private readonly StringBuilder stderr = new();

    private ServeProcess(Process process)
    {
        this.process = process;
        process.OutputDataReceived += (_, e) => Append(stdout, e.Data);
        process.ErrorDataReceived += (_, e) => Append(stderr, e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    public string Stdout => Read(stdout);

    public string Stderr => Read(stderr);

    public Uri Address { get; private set; } = null!;

    public int Port => Address.Port;

    public HttpClient Http { get; private set; } = null!;

    /// <summary>
    /// Starts <c>allyguide serve</c> and waits for the line that gives its address. On Linux it starts through
    /// <c>env --default-signal=INT</c>, so SIGINT (Ctrl+C) reaches it even where the tests run as a background job,
    /// which is started with SIGINT ignored.
    /// </summary>
    public static ServeProcess Start(string workingDirectory, IReadOnlyDictionary<string, string>? environment, params string[] args)
    {
        // Its temporary site folder goes inside the test's folder, so nothing is left behind whatever happens.
        var variables = new Dictionary<string, string>(environment ?? new Dictionary<string, string>());
        if (!variables.ContainsKey("TMPDIR"))
        {
            variables["TMPDIR"] = Directory.CreateDirectory(Path.Combine(workingDirectory, "tmp")).FullName;
        }

        var start = CliRunner.Info(workingDirectory, variables, ["serve", .. args]);
        if (OperatingSystem.IsLinux())
        {
            start.ArgumentList.Insert(0, start.FileName);
            start.ArgumentList.Insert(0, "--default-signal=INT");
            start.FileName = "env";
        }

        var serve = new ServeProcess(Process.Start(start)!);
        serve.process.StandardInput.Close();
        var found = serve.WaitFor(() => Serving().Match(serve.Stdout) is { Success: true }, TimeSpan.FromSeconds(90));
        if (!found)
        {
            var output = serve.ToString();
            serve.Dispose();
            throw new InvalidOperationException($"allyguide serve did not say where it serves.\n{output}");
        }

        serve.Address = new Uri(Serving().Match(serve.Stdout).Groups[1].Value);
        serve.Http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = serve.Address, Timeout = TimeSpan.FromSeconds(30) };
        return serve;
    }

    public bool HasExited => process.HasExited;

    /// <summary>Polls <paramref name="condition"/> until it holds or the time is up.</summary>
    public bool WaitFor(Func<bool> condition, TimeSpan timeout)
    {
        var stopwatch = Stopwatch.StartNew();
        while (!condition())
        {
            if (stopwatch.Elapsed > timeout || process.HasExited && !condition())
            {
                return condition();
            }

            Thread.Sleep(100);
        }

        return true;
    }

    public string Get(string path) => Http.GetStringAsync(new Uri(path, UriKind.Relative)).GetAwaiter().GetResult();

    public static string Text(HttpResponseMessage response) => response.Content.ReadAsStringAsync().GetAwaiter().GetResult();

    public static byte[] Bytes(HttpResponseMessage response) => response.Content.ReadAsByteArrayAsync().GetAwaiter().GetResult();

    public HttpResponseMessage Send(HttpMethod method, string path) =>
        Http.Send(new HttpRequestMessage(method, new Uri(path, UriKind.Relative)));

    /// <summary>Sends <paramref name="target"/> exactly as written, which HttpClient would normalize first.</summary>
    public (int Status, string Body) Raw(string target, string? host = null)
    {
        using var client = new TcpClient();
        client.Connect(Address.Host, Address.Port);
        using var stream = client.GetStream();
        var request = $"GET {target} HTTP/1.1\r\nHost: {host ?? Address.Authority}\r\nConnection: close\r\n\r\n";
        stream.Write(Encoding.ASCII.GetBytes(request));
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var response = reader.ReadToEnd();
        var status = int.Parse(response.Split(' ', 3)[1], System.Globalization.CultureInfo.InvariantCulture);
        var body = response.Split("\r\n\r\n", 2) is [_, var rest] ? rest : "";
        return (status, body);
    }

    /// <summary>Sends a POSIX signal by name (INT, TERM) with kill(1).</summary>
    public void Signal(string name) => Assert.True(TrySignal(name), $"kill -{name} failed.");

    private bool TrySignal(string name)
    {
        using var kill = Process.Start("kill", ["-" + name, process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
        kill.WaitForExit();
        return kill.ExitCode == 0;
    }

    /// <summary>The exit code, once it has exited; throws when it does not in time.</summary>
    public int WaitForExit(TimeSpan timeout)
    {
        if (!process.WaitForExit(timeout))
        {
            throw new TimeoutException($"allyguide serve did not stop within {timeout}.\n{this}");
        }

        process.WaitForExit();
        return process.ExitCode;
    }

    public override string ToString() => $"--- stdout\n{Stdout}\n--- stderr\n{Stderr}";

    /// <summary>Stops it as Ctrl+C would where there are signals, so it cleans up; kills it if that does not work.</summary>
    public void Dispose()
    {
        if (!process.HasExited && !OperatingSystem.IsWindows())
        {
            if (TrySignal("TERM"))
            {
                process.WaitForExit(TimeSpan.FromSeconds(10));
            }
        }

        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
        }

        Http?.Dispose();
        process.Dispose();
    }

    private static void Append(StringBuilder builder, string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (builder)
        {
            builder.Append(line).Append('\n');
        }
    }

    private static string Read(StringBuilder builder)
    {
        lock (builder)
        {
            return builder.ToString();
        }
    }

    [GeneratedRegex(@"^Serving (http://127\.0\.0\.1:\d+/)$", RegexOptions.Multiline)]
    private static partial Regex Serving();
}
