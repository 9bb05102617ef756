package io.github.cscreturns.synthetic.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import java.util.stream.LongStream;
import java.util.stream.Stream;

/**
 * Property checks over seeded generators, for JUnit parameterised tests (or any test runner): a test
 * takes a seed (and a size) from {@link #seeds} or {@link #seedsAndSizes} (both usable as a JUnit
 * {@code @MethodSource}), draws its sample with {@link #check},
 * and a failure names the seed and size that replay it. Where a smaller size also fails, the failure
 * says the smallest one found (a simple shrink over size: the same seed, sizes 0, 1, 2, 4, 8 …).
 *
 * <p>To replay one case, run the test with {@code -Dcsc.seed=SEED} (and {@code -Dcsc.size=SIZE}):
 * the parameter sources then give that case only.
 */
public final class SeededProperty {
  private SeededProperty() {}

  /** Draws a sample of a size from a seeded source of randomness. */
  @FunctionalInterface
  public interface Generator<T> {
    /**
     * Makes one value from the seeded source.
     *
     * @param random the source of randomness, seeded by the property's seed
     * @param size how large the value should be (children in a return, say)
     * @return the value
     */
    T generate(SplittableRandom random, int size);
  }

  /**
   * Seeds 1 … {@code count}, or only the seed given by {@code -Dcsc.seed}.
   *
   * @param count how many
   * @return seeds 1 … {@code count}, or only the seed given by {@code -Dcsc.seed}
   */
  public static LongStream seeds(int count) {
    String replay = System.getProperty("csc.seed");
    if (replay != null) {
      return LongStream.of(Long.parseLong(replay.trim()));
    }
    return LongStream.rangeClosed(1, count);
  }

  /**
   * {@code count} pairs of a seed and a size from 0 to {@code maxSize}: the first is size 0, the
   * second {@code maxSize}, the rest drawn from the seed, so both ends and the middle are covered.
   * {@code -Dcsc.seed} (and {@code -Dcsc.size}) give one pair only.
   *
   * @param count how many
   * @param maxSize the max size
   * @return {@code count} pairs of a seed and a size from 0 to {@code maxSize}
   */
  public static Stream<Object[]> seedsAndSizes(int count, int maxSize) {
    String replay = System.getProperty("csc.seed");
    if (replay != null) {
      String size = System.getProperty("csc.size");
      return Stream.<Object[]>of(new Object[] {Long.parseLong(replay.trim()), size == null ? maxSize : Integer.parseInt(size.trim())});
    }
    return seeds(count).mapToObj(seed -> new Object[] {seed, sizeFor(seed, maxSize)});
  }

  private static int sizeFor(long seed, int maxSize) {
    if (seed == 1) {
      return 0;
    }
    if (seed == 2) {
      return maxSize;
    }
    return new SplittableRandom(seed * 0x9E3779B97F4A7C15L).nextInt(maxSize + 1);
  }

  /**
   * Checks the property on the sample of {@code seed} at size 1.
   *
   * @param <T> the type of the values
   * @param seed the seed
   * @param generator the generator
   * @param property the property
   */
  public static <T> void check(long seed, Generator<? extends T> generator, Consumer<? super T> property) {
    check(seed, 1, generator, property);
  }

  /**
   * Checks the property on the sample that {@code generator} draws from {@code seed} at {@code size}.
   * On failure, draws the same seed at smaller sizes and reports the smallest that fails too.
   *
   * @param <T> the type of the values
   * @param seed the seed
   * @param size the number of children
   * @param generator the generator
   * @param property the property
   * @throws AssertionError naming the seed and size, with the failure as its cause
   */
  public static <T> void check(long seed, int size, Generator<? extends T> generator, Consumer<? super T> property) {
    Throwable failure = failure(seed, size, generator, property);
    if (failure == null) {
      return;
    }
    int smallest = size;
    Throwable smallestFailure = failure;
    for (int candidate : smallerSizes(size)) {
      Throwable f = failure(seed, candidate, generator, property);
      if (f != null) {
        smallest = candidate;
        smallestFailure = f;
        break;
      }
    }
    String shrunk = smallest == size ? "" : " (also fails at size " + smallest + ", shown here)";
    AssertionError error =
        new AssertionError(
            "property fails for seed " + seed + " at size " + size + shrunk
                + "; replay with -Dcsc.seed=" + seed + " -Dcsc.size=" + smallest + ": " + smallestFailure,
            smallestFailure);
    if (smallestFailure != failure) {
      error.addSuppressed(failure);
    }
    throw error;
  }

  private static List<Integer> smallerSizes(int size) {
    List<Integer> sizes = new ArrayList<>();
    for (int s = 0; s < size; s = s == 0 ? 1 : s * 2) {
      sizes.add(s);
    }
    return sizes;
  }

  private static <T> Throwable failure(long seed, int size, Generator<? extends T> generator, Consumer<? super T> property) {
    try {
      property.accept(generator.generate(new SplittableRandom(seed), size));
      return null;
    } catch (AssertionError | RuntimeException e) {
      return e;
    }
  }
}
