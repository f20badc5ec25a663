namespace GovBot.Hosting;

/// <summary>
/// Start-up work (seeding, loading the index, loading the sentence model, encoding a backlog) frees tens of megabytes the
/// runtime then keeps for reuse, and a bot that idles for days would carry them: about 40 MB of its resident memory after
/// the shipped articles are loaded. One compacting collection that hands free memory back to the system, once such a step
/// is done, costs some tens of milliseconds and is never on a question's path.
/// </summary>
public static class StartupMemory
{
    public static void Release() => GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
}
