package io.github.cscreturns.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * Progress of a long {@code csc validate} on standard error: once a run has taken more than a couple
 * of seconds, one line rewritten in place about once a second says what is being done, how many
 * children have been read in that phase, how many rules run and the time elapsed; the line is cleared
 * when the run ends. Shown only when standard error is a terminal and {@code --quiet} is not given.
 * Never shows a field value: only the phase's name and counts.
 *
 * <p>With {@code --timings} (not shown in the help) each phase's duration is printed on its own line
 * when it ends, whether or not standard error is a terminal, after a line for what came before the
 * first phase (the JVM's start, the command line, the rule set; to a hundredth of a second, as the
 * operating system gives the process's start): it is how the time of a run's phases is measured end
 * to end.
 */
final class Progress implements AutoCloseable {
  /** No line before the run has taken this long. */
  static final long QUIET_FOR_NANOS = TimeUnit.SECONDS.toNanos(2);

  /** The line is rewritten at most this often. */
  static final long EVERY_NANOS = TimeUnit.SECONDS.toNanos(1);

  /** How often the ticker looks at the clock. */
  private static final long POLL_MILLIS = 200;

  private final PrintWriter err;
  private volatile boolean live;
  private final boolean timings;
  private final LongSupplier clock;
  private final long start;
  private volatile String phase = "";
  /** Written by the one thread reading the children, read by the ticker. */
  private volatile long children;
  private int rules = -1;
  private long phaseStart;
  private long phaseCpuStart;
  private long lastShown;
  private boolean shown;
  private boolean closed;
  private Thread ticker;

  /**
   * Progress that shows nothing until {@link #refresh()} is called (by the ticker {@link #of} starts,
   * or by a phase starting).
   *
   * @param err where the line and the timings are written
   * @param live whether the line is shown at all
   * @param timings whether each phase's duration is printed
   * @param clock nanoseconds, as {@link System#nanoTime()}
   */
  Progress(PrintWriter err, boolean live, boolean timings, LongSupplier clock) {
    this.err = err;
    this.live = live;
    this.timings = timings;
    this.clock = clock;
    this.start = clock.getAsLong();
    this.phaseStart = start;
    this.phaseCpuStart = timings ? processCpuNanos() : 0;
  }

  /** Progress for a run of the command: live when standard error is a terminal, unless quiet. */
  static Progress of(PrintWriter err, boolean quiet, boolean timings, Environment environment) {
    if (timings) {
      // what came before the first phase: the JVM's start, the command line, the rule set
      long sinceStart = millisSinceProcessStarted();
      err.println(String.format(Locale.ROOT, "starting (the JVM, the command line, the rule set): %s, %d ms CPU",
          sinceStart < 0 ? "time unknown" : sinceStart + " ms since the process started", TimeUnit.NANOSECONDS.toMillis(processCpuNanos())));
      err.flush();
    }
    Progress progress = new Progress(err, !quiet && environment.stderrIsTerminal(), timings, environment.clock());
    progress.startTicking();
    return progress;
  }

  /**
   * Whether the process's standard error is a terminal. Java 17 cannot ask this of standard error
   * itself: on Linux the link {@code /proc/self/fd/2} names the device; elsewhere a console (standard
   * input and output are terminals) is taken to mean standard error is one too.
   */
  static boolean stderrIsTerminal() {
    Path fd2 = Path.of("/proc/self/fd/2");
    try {
      if (Files.isSymbolicLink(fd2)) {
        String target = Files.readSymbolicLink(fd2).toString();
        return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty") || target.equals("/dev/console");
      }
    } catch (java.io.IOException | SecurityException | UnsupportedOperationException e) {
      // fall through to the console
    }
    return System.console() != null;
  }

  /**
   * Milliseconds since the process started, to a hundredth of a second, or -1 where it cannot be
   * told: from Linux's {@code /proc} (the process's start and the system's uptime, both in its clock
   * ticks), as {@link ProcessHandle.Info#startInstant()} is only to the second there.
   */
  static long millisSinceProcessStarted() {
    try {
      String stat = Files.readString(Path.of("/proc/self/stat"));
      String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
      long startTicks = Long.parseLong(fields[19]); // field 22 of stat, counted from the state (field 3)
      String uptime = Files.readString(Path.of("/proc/uptime"));
      double upSeconds = Double.parseDouble(uptime.substring(0, uptime.indexOf(' ')));
      return Math.round(upSeconds * 1000) - startTicks * 10; // USER_HZ is 100 on Linux
    } catch (java.io.IOException | RuntimeException e) {
      return -1;
    }
  }

  /** CPU time of the whole process (every thread: the JIT's and the collector's too) since it started. */
  private static long processCpuNanos() {
    return ProcessHandle.current().info().totalCpuDuration().map(java.time.Duration::toNanos).orElse(0L);
  }

  /** Starts the thread that refreshes the line, when the line is shown at all. */
  private void startTicking() {
    if (!live) {
      return;
    }
    ticker = new Thread(() -> {
      try {
        while (!Thread.currentThread().isInterrupted()) {
          Thread.sleep(POLL_MILLIS);
          refresh();
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }, "csc-progress");
    ticker.setDaemon(true);
    ticker.start();
  }

  /** Starts a phase ("reading the previous year's return"); the previous one ends. */
  void phase(String name) {
    phase(name, -1);
  }

  /** Starts a phase in which this many rules run (shown until the next phase); the previous one ends. */
  synchronized void phase(String name, int rulesRunning) {
    endPhase();
    phase = name;
    children = 0;
    rules = rulesRunning;
    refresh();
  }

  /**
   * Clears the line and shows it no more (timings are still printed): for when something else is
   * about to be written to what may be the same terminal.
   */
  synchronized void hide() {
    clear();
    live = false;
  }

  /** Counts the children of the current phase as the iterator gives them (read on one thread). */
  <T> Iterator<T> counting(Iterator<T> it) {
    return new Iterator<T>() {
      @Override
      public boolean hasNext() {
        return it.hasNext();
      }

      @Override
      public T next() {
        T t = it.next();
        children = children + 1;
        return t;
      }
    };
  }

  /** The line shown now: phase, children read, rules running and the time elapsed. */
  synchronized String line() {
    return line(clock.getAsLong());
  }

  private String line(long now) {
    long read = children;
    StringBuilder b = new StringBuilder(phase);
    if (read > 0) {
      b.append(": ").append(String.format(Locale.ROOT, "%,d", read)).append(" children read");
    }
    if (rules >= 0) {
      b.append(read > 0 ? ", " : ": ").append(rules).append(" rules running");
    }
    b.append(String.format(Locale.ROOT, " (%d s)", TimeUnit.NANOSECONDS.toSeconds(now - start)));
    return b.toString();
  }

  /**
   * Rewrites the line, if it is live, the run has taken {@link #QUIET_FOR_NANOS} and the line was not
   * rewritten in the last {@link #EVERY_NANOS}.
   */
  synchronized void refresh() {
    if (!live || closed || phase.isEmpty()) {
      return;
    }
    long now = clock.getAsLong();
    if (now - start < QUIET_FOR_NANOS || (shown && now - lastShown < EVERY_NANOS)) {
      return;
    }
    err.print("\r" + line(now) + "\033[K");
    err.flush();
    shown = true;
    lastShown = now;
  }

  private void endPhase() {
    long now = clock.getAsLong();
    if (timings && !phase.isEmpty()) {
      long cpu = processCpuNanos();
      clear();
      long read = children;
      err.println(String.format(Locale.ROOT, "%s: %d ms, %d ms CPU%s", phase, TimeUnit.NANOSECONDS.toMillis(now - phaseStart),
          TimeUnit.NANOSECONDS.toMillis(cpu - phaseCpuStart), read > 0 ? String.format(Locale.ROOT, " (%,d children)", read) : ""));
      err.flush();
      phaseCpuStart = cpu;
    }
    phaseStart = now;
  }

  private void clear() {
    if (shown) {
      err.print("\r\033[K");
      err.flush();
      shown = false;
    }
  }

  /** Ends the last phase and clears the line; what is written on standard error after it stands on its own line. */
  @Override
  public synchronized void close() {
    if (closed) {
      return;
    }
    if (ticker != null) {
      ticker.interrupt();
    }
    endPhase();
    phase = "";
    clear();
    closed = true;
    if (timings) {
      err.println(String.format(Locale.ROOT, "total: %d ms, %d ms CPU (of the process since the JVM started)",
          TimeUnit.NANOSECONDS.toMillis(clock.getAsLong() - start), TimeUnit.NANOSECONDS.toMillis(processCpuNanos())));
      err.flush();
    }
  }
}
