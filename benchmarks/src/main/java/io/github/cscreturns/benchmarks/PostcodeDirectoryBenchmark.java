package io.github.cscreturns.benchmarks;

import io.github.cscreturns.core.Postcode;
import io.github.cscreturns.reference.OnsPostcodeDirectory;
import java.lang.reflect.Method;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The bundled ONS Postcode Directory: a look-up of PL_LA ({@code localAuthority}) and of PL_DISTANCE
 * ({@code distanceMiles}, two look-ups) for postcodes drawn from the directory itself (written in the
 * forms returns use: standard, lower case, no space) and for text it does not hold; and loading the
 * bundle ({@link #load}, one shot per fork, a fresh JVM each time). {@link #main} prints the heap the
 * loaded directory holds.
 */
@State(Scope.Benchmark)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class PostcodeDirectoryBenchmark {
  private static final int SAMPLES = 1 << 14;

  private OnsPostcodeDirectory directory;
  private final Postcode[] postcodes = new Postcode[SAMPLES];
  private final Postcode[] unknown = new Postcode[SAMPLES];
  private int next;

  @Setup(Level.Trial)
  public void setUp() throws Exception {
    // Samples come from the bundle itself, loaded here in a copy so that load() still loads first.
    Method loadBundled = OnsPostcodeDirectory.class.getDeclaredMethod("loadBundled");
    loadBundled.setAccessible(true);
    directory = (OnsPostcodeDirectory) loadBundled.invoke(null);
    Random random = new Random(903);
    for (int i = 0; i < SAMPLES; i++) {
      String p = postcodeAt(directory, random.nextInt(directory.size()));
      postcodes[i] = Postcode.of(switch (i % 3) {
        case 0 -> p;
        case 1 -> p.toLowerCase(java.util.Locale.ROOT);
        default -> p.replace(" ", "");
      });
      unknown[i] = Postcode.of("ZZ" + (i % 90 + 10) + " " + (i % 10) + "ZZ");
    }
  }

  /** The table's n-th postcode (the table is internal; reached here by reflection for the benchmark only). */
  private static String postcodeAt(OnsPostcodeDirectory directory, int row) throws Exception {
    java.lang.reflect.Field table = OnsPostcodeDirectory.class.getDeclaredField("table");
    table.setAccessible(true);
    Object t = table.get(directory);
    Method postcode = t.getClass().getMethod("postcode", int.class);
    return (String) postcode.invoke(t, row);
  }

  @Benchmark
  @BenchmarkMode(Mode.AverageTime)
  public Object localAuthority() {
    return directory.localAuthority(postcodes[next++ & (SAMPLES - 1)]);
  }

  @Benchmark
  @BenchmarkMode(Mode.AverageTime)
  public Object localAuthorityOfUnknownPostcode() {
    return directory.localAuthority(unknown[next++ & (SAMPLES - 1)]);
  }

  @Benchmark
  @BenchmarkMode(Mode.AverageTime)
  public double distanceMiles() {
    int i = next++;
    return directory.distanceMiles(postcodes[i & (SAMPLES - 1)], postcodes[(i * 7 + 1) & (SAMPLES - 1)]).orElse(-1);
  }

  /**
   * Loading the bundle from the jar: the first call of {@code bundled()}. It is cached, so only the
   * first shot of a fork loads: run with {@code -bm ss -wi 0 -i 1 -f N} (a fresh JVM per fork).
   */
  @Benchmark
  @BenchmarkMode(Mode.SingleShotTime)
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  public Object load() {
    return OnsPostcodeDirectory.bundled();
  }

  /**
   * Prints the load time (wall clock and the loading thread's CPU time), the heap the loaded directory
   * holds (used heap after GC, before and after), and look-up cost as CPU time per look-up over
   * 2 million look-ups of the benchmark's samples: CPU time, unlike JMH's wall-clock figures, is
   * not inflated when the machine is shared.
   */
  public static void main(String[] args) throws Exception {
    java.lang.management.ThreadMXBean cpu = java.lang.management.ManagementFactory.getThreadMXBean();
    Runtime rt = Runtime.getRuntime();
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    long before = rt.totalMemory() - rt.freeMemory();
    long c0 = cpu.getCurrentThreadCpuTime();
    long t0 = System.nanoTime();
    OnsPostcodeDirectory d = OnsPostcodeDirectory.bundled();
    long t1 = System.nanoTime();
    long c1 = cpu.getCurrentThreadCpuTime();
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    long after = rt.totalMemory() - rt.freeMemory();
    System.out.printf("%s: loaded in %d ms wall, %d ms CPU (first use, cold JVM); heap held %.1f MB%n",
        d, (t1 - t0) / 1_000_000, (c1 - c0) / 1_000_000, (after - before) / 1e6);
    PostcodeDirectoryBenchmark b = new PostcodeDirectoryBenchmark();
    b.setUp();
    for (String what : new String[] {"localAuthority", "localAuthorityOfUnknownPostcode", "distanceMiles"}) {
      long sink = 0;
      long cpuNanos = 0;
      int n = 2_000_000;
      for (int round = 0; round < 3; round++) { // the first two rounds warm up
        long start = cpu.getCurrentThreadCpuTime();
        for (int i = 0; i < n; i++) {
          Object r = switch (what) {
            case "localAuthority" -> b.localAuthority();
            case "localAuthorityOfUnknownPostcode" -> b.localAuthorityOfUnknownPostcode();
            default -> b.distanceMiles();
          };
          sink += r.hashCode();
        }
        cpuNanos = cpu.getCurrentThreadCpuTime() - start;
      }
      System.out.printf("%s: %.0f ns CPU per call (%d)%n", what, (double) cpuNanos / n, sink & 1);
    }
  }
}
