namespace ActorGraph.Testing;

/// <summary>Finds the programs some tests drive (Graphviz's <c>dot</c>, Chromium) the way a shell would.</summary>
public static class Executables
{
    /// <summary>
    /// The program named by the environment variable <paramref name="overrideVariable"/> when it is set, else the first
    /// of <paramref name="names"/> found on <c>PATH</c>; null when there is none, so the caller can skip with a reason.
    /// </summary>
    public static string? Find(string overrideVariable, params string[] names)
    {
        if (Environment.GetEnvironmentVariable(overrideVariable) is { Length: > 0 } chosen)
        {
            return File.Exists(chosen) ? Path.GetFullPath(chosen) : null;
        }

        var folders = (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries);
        string[] endings = OperatingSystem.IsWindows() ? [".exe", ".cmd", ""] : [""];
        foreach (var name in names)
        {
            foreach (var folder in folders)
            {
                foreach (var ending in endings)
                {
                    var candidate = Path.Combine(folder, name + ending);
                    if (File.Exists(candidate))
                    {
                        return candidate;
                    }
                }
            }
        }

        return null;
    }

    /// <summary>Why a test that needs a program is skipped: what was looked for, where, and how to get it.</summary>
    public static string Missing(string what, string overrideVariable, string install) =>
        $"{what} was not found on PATH and {overrideVariable} is not set to an existing file ({install})";
}
