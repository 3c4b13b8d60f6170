namespace Explainer.Build;

/// <summary>
/// A stage that runs beside the ones after it, on the CPU their serial parts leave idle; its result is asked for where it is
/// needed. Disposing waits for it, so it never outlives the build (preview's next build reads what it kept), whichever way the
/// build ends; an exception it threw comes out of <see cref="Result"/>.
/// </summary>
public sealed class BackgroundStage<T> : IDisposable
{
    private readonly Task<T> _task;

    private BackgroundStage(Task<T> task) => _task = task;

    public static BackgroundStage<T> Start(Func<T> work) => new(Task.Run(work));

    /// <summary>Waits for the stage and returns what it made.</summary>
    public T Result => _task.GetAwaiter().GetResult();

    public void Dispose()
    {
        // The build is ending (an early return with errors, or an exception elsewhere): wait, and let Result report any failure.
        ((IAsyncResult)_task).AsyncWaitHandle.WaitOne();
    }
}
