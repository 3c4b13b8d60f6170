using Explainer.Build;

namespace Explainer.Tests.Unit;

/// <summary><c>build --verbose</c>'s stage line says which stage grew the process: its page faults and the resident memory after it.</summary>
public class StageTimingsTests
{
    [Fact]
    public void A_stage_that_touches_new_memory_shows_its_page_faults_and_the_resident_memory_after_it()
    {
        var timings = new StageTimings();
        timings.Mark("quiet");
        // Memory from the C library, not the collector: a test host's heap may already hold pages it touched before.
        const int size = 64 * 1024 * 1024;
        var touched = System.Runtime.InteropServices.Marshal.AllocHGlobal(size);
        try
        {
            for (var i = 0; i < size; i += 4096) System.Runtime.InteropServices.Marshal.WriteByte(touched, i, 1);
            timings.Mark("touching");
        }
        finally
        {
            System.Runtime.InteropServices.Marshal.FreeHGlobal(touched);
        }

        var stages = timings.ToString().Split(" · ");

        Assert.Matches(@"^quiet [\d,]+ ms \(cpu [\d,]+\) [\d,]+ MB( gc [\d,]+)? faults [\d,]+k rss [\d,]+ MB$", stages[0]);
        var touching = System.Text.RegularExpressions.Regex.Match(stages[1], @"^touching [\d,]+ ms \(cpu [\d,]+\) [\d,]+ MB( gc [\d,]+)? faults ([\d,]+)k rss ([\d,]+) MB");
        Assert.True(touching.Success, stages[1]);
        // 16,384 pages of 4 KB were written for the first time (the C library maps a block this large afresh): at least 8,000 faults.
        Assert.True(Number(touching.Groups[2]) >= 8, stages[1]);
        Assert.True(Number(touching.Groups[3]) >= 64, "resident memory includes the touched 64 MB");
    }

    private static int Number(System.Text.RegularExpressions.Group group) => int.Parse(group.Value.Replace(",", ""));
}
