package io.github.cscreturns.validation.ssda903;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The threading of a validation run: batches of children are checked on the calling thread
 * (parallelism 1) or on a pool of daemon threads, and their results are merged in submission order
 * on the calling thread, so the report never depends on scheduling. At most 2 × parallelism batches
 * are in flight, which bounds the children held at once.
 */
final class Batches {
  private Batches() {}

  static void run(ReportAssembly run, ChildChecks checks, java.util.Iterator<io.github.cscreturns.core.ssda903.Child> children, int parallelism) {
    if (parallelism <= 1) {
      Flags flags = new Flags();
      while (children.hasNext()) {
        run.merge(checks.check(run.nextBatch(children), flags));
      }
      return;
    }
    ExecutorService pool =
        Executors.newFixedThreadPool(
            parallelism,
            r -> {
              Thread t = new Thread(r, "csc-validator");
              t.setDaemon(true);
              return t;
            });
    ThreadLocal<Flags> flagsPerThread = ThreadLocal.withInitial(Flags::new);
    try {
      List<Future<ChildChecks.BatchResult>> inFlight = new ArrayList<>();
      while (children.hasNext()) {
        List<FindingFactory.Indexed> batch = run.nextBatch(children);
        inFlight.add(pool.submit(() -> checks.check(batch, flagsPerThread.get())));
        if (inFlight.size() >= parallelism * 2) {
          run.merge(await(inFlight.remove(0)));
        }
      }
      for (Future<ChildChecks.BatchResult> f : inFlight) {
        run.merge(await(f));
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private static ChildChecks.BatchResult await(Future<ChildChecks.BatchResult> f) {
    try {
      return f.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Validation interrupted", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof OutOfMemoryError oom) {
        throw oom; // the run is out of memory, on whichever thread: the caller says so
      }
      // Rules' throwables are caught per child; anything else is the validator's own failure, reported
      // by type and frame only (a message might quote a field value).
      throw new IllegalStateException("Validation failed: " + ChildChecks.describe(e.getCause()));
    }
  }
}
