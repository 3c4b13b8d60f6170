using System.CommandLine;
using Explainer.Cli;

namespace Explainer.Tests.Hardening;

/// <summary>Issue 8, point 3: one top-level handler turns any escaping exception into "internal error" and exit 3.</summary>
public class CommandLineTests
{
    private static (int Exit, string Error) Run(params string[] args)
    {
        var root = CommandLine.CreateRoot();
        var boom = new Command("boom", "throws, as a bug would");
        boom.SetAction((Func<ParseResult, int>)(_ => throw new InvalidOperationException("a bug")));
        root.Subcommands.Add(boom);
        var error = new StringWriter();
        return (CommandLine.Run(root, args, error), error.ToString());
    }

    [Fact]
    public void An_exception_inside_a_command_is_an_internal_error_with_exit_3_and_no_stack_trace()
    {
        var (exit, error) = Run("boom");

        Assert.Equal(ExitCodes.InternalError, exit);
        Assert.Contains("internal error, please report", error);
        Assert.Contains("a bug", error);
        Assert.DoesNotContain(" at Explainer", error);
    }

    [Fact]
    public void Verbose_adds_the_stack_trace()
    {
        var (exit, error) = Run("boom", "--verbose");

        Assert.Equal(ExitCodes.InternalError, exit);
        Assert.Contains(" at ", error);
        Assert.Contains(nameof(CommandLineTests), error);
    }

    [Fact]
    public void Usage_errors_still_exit_2()
    {
        Assert.Equal(ExitCodes.UsageError, Run("build", "--no-such-option").Exit);
    }
}
