package io.github.cscreturns.synthetic.ssda903;

import io.github.cscreturns.codesets.CollectionYear;
import io.github.cscreturns.core.LaCode;
import io.github.cscreturns.core.Postcode;
import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.core.ssda903.Ssda903Return;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * A seeded generator of whole SSDA903 returns for a collection year (2013-14 to 2026-27), with the
 * previous year's return of the same children.
 *
 * <p>Each child is drawn from its own seed (the generator's seed and the child's position), so the
 * same seed, year and size always give the same children, and the first {@code n} children of a
 * larger return are those of a return of {@code n}. A return has children already looked after on 1
 * April and children starting in the year, in England's published proportions ({@link
 * NationalFigures}): ages, sexes, ethnicities and UPNs; episodes with legal statuses, placement
 * types, providers, postcodes and URNs; reasons for new and ceased episodes and placement changes;
 * reviews; missing and away episodes; UASC; OC2 outcomes for children looked after for 12 months;
 * care leavers' OC3 checkpoints at 19; adoptions, decisions to place for adoption and previous
 * permanence; social-worker episodes (from 2023-24) and deprivation of liberty orders (from 2026-27).
 * Codes are asked of the year's codesets.
 *
 * <p>The returns are meant to be valid, with their previous year, under the year's DfE rules: the
 * build checks that the validator finds no error in them for every year and many seeds and sizes.
 *
 * <p>For property tests, {@link #children()} is a plain {@code Stream<Child>} and {@link
 * #supplier(CollectionYear, long)} an endless {@code Supplier<Child>}; any property-testing library
 * can wrap either (see docs/synthetic.md).
 *
 * @since 2013-14
 */
public final class Ssda903Generator {
  private final CollectionYear year;
  private final long seed;
  private final int size;
  private final Optional<LaCode> la;
  private final List<Postcode> postcodes;

  private Ssda903Generator(Builder b) {
    this.year = b.year;
    this.seed = b.seed;
    this.size = b.children;
    this.la = b.la;
    this.postcodes = b.postcodes.isEmpty() ? DEFAULT_POSTCODES : List.copyOf(b.postcodes);
  }

  /**
   * A generator for the collection year: seed 0 and 100 children unless set.
   *
   * @param year the collection year
   * @return a generator for the collection year
   */
  public static Builder builder(CollectionYear year) {
    return new Builder(year);
  }

  /**
   * The collection year of the generated return.
   *
   * @return the collection year of the generated return
   */
  public CollectionYear year() {
    return year;
  }

  /**
   * The seed.
   *
   * @return the seed
   */
  public long seed() {
    return seed;
  }

  /**
   * How many children the year's return has.
   *
   * @return how many children the year's return has
   */
  public int size() {
    return size;
  }

  /**
   * The year's children, in order: the same for the same seed, year and size.
   *
   * @return the year's children, in order
   */
  public Stream<Child> children() {
    return IntStream.range(0, size).mapToObj(this::history).map(h -> h.inYear(year).orElseThrow());
  }

  /**
   * The previous year's return of the same children: those who were in it (looked after at some time
   * in that year), as it recorded them. Empty for 2013-14, the first year modelled.
   *
   * @return the previous year's return of the same children
   */
  public Stream<Child> previousYearChildren() {
    Optional<CollectionYear> previous = year.previous();
    if (previous.isEmpty()) {
      return Stream.empty();
    }
    return IntStream.range(0, size).mapToObj(this::history).flatMap(h -> h.inYear(previous.get()).stream());
  }

  /**
   * The year's return.
   *
   * @return the year's return
   */
  public Ssda903Return generate() {
    return Ssda903Return.builder().year(year).la(la).children(children().toList()).build();
  }

  /**
   * The previous year's return of the same children, if the year has a previous year.
   *
   * @return the previous year's return of the same children, if the year has a previous year
   */
  public Optional<Ssda903Return> generatePreviousYear() {
    return year.previous()
        .map(p -> Ssda903Return.builder().year(p).la(la).children(previousYearChildren().toList()).build());
  }

  /**
   * An endless supply of children of the year, child after child as {@link #children()} would give
   * them for an ever larger return: for property-testing libraries that want a supplier.
   *
   * @param year the collection year
   * @param seed the seed
   * @return an endless supply of children of the year, child after child as {@link #children()}
   *     would give them for an ever larger return
   */
  public static Supplier<Child> supplier(CollectionYear year, long seed) {
    Ssda903Generator g = builder(year).seed(seed).build();
    return new Supplier<>() {
      private int next;

      @Override
      public Child get() {
        return g.history(next++).inYear(year).orElseThrow();
      }
    };
  }

  private ChildHistory history(int index) {
    return ChildHistory.draw(year, childSeed(seed, index), index, la, postcodes);
  }

  /** The child's own seed: the generator's seed and the position mixed (SplitMix64's finaliser). */
  static long childSeed(long seed, int index) {
    long z = seed + 0x9E3779B97F4A7C15L * (index + 1L);
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  /**
   * Well-formed postcodes of English towns used when none are given. They are not checked against
   * a postcode directory; give real ones ({@link Builder#postcodes}) where the postcode rules run.
   */
  static final List<Postcode> DEFAULT_POSTCODES = defaultPostcodes();

  private static List<Postcode> defaultPostcodes() {
    List<Postcode> list = new ArrayList<>();
    String[] outward = {"LS1", "LS6", "M14", "B12", "NE4", "S10", "L8", "BS5", "NG7", "LE2", "SE15", "E8", "N17", "CR0", "PL4", "DE23"};
    String units = "ABDEFGHJLNPQRSTUWXYZ";
    for (int i = 0; i < outward.length; i++) {
      for (int j = 0; j < 8; j++) {
        list.add(Postcode.of(outward[i] + " " + (1 + (i + j) % 9) + units.charAt((i * 3 + j) % units.length()) + units.charAt((i + j * 7) % units.length())));
      }
    }
    return List.copyOf(list);
  }

  /** Configures a {@link Ssda903Generator}. */
  public static final class Builder {
    private final CollectionYear year;
    private long seed;
    private int children = 100;
    private Optional<LaCode> la = Optional.empty();
    private List<Postcode> postcodes = List.of();

    private Builder(CollectionYear year) {
      this.year = Objects.requireNonNull(year, "year");
    }

    /**
     * The seed: the same seed, year and size give the same return.
     *
     * @param seed the seed
     * @return the seed
     */
    public Builder seed(long seed) {
      this.seed = seed;
      return this;
    }

    /**
     * How many children the year's return has (0 or more).
     *
     * @param children the children
     * @return how many children the year's return has (0 or more)
     */
    public Builder children(int children) {
      if (children < 0) {
        throw new IllegalArgumentException("children must be 0 or more, not " + children);
      }
      this.children = children;
      return this;
    }

    /**
     * The returning local authority (its code also starts the children's UPNs).
     *
     * @param la the local authority
     * @return the returning local authority (its code also starts the children's UPNs)
     */
    public Builder la(LaCode la) {
      this.la = Optional.of(la);
      return this;
    }

    /**
     * Postcodes to draw home and placement postcodes from (for instance real ones from a postcode
     * directory); a built-in list of well-formed ones if none are given.
     *
     * @param postcodes the postcode directory
     * @return postcodes to draw home and placement postcodes from (for instance real ones from a
     *     postcode directory)
     */
    public Builder postcodes(List<Postcode> postcodes) {
      this.postcodes = List.copyOf(postcodes);
      return this;
    }

    /**
     * The generator with these options.
     *
     * @return the generator
     */
    public Ssda903Generator build() {
      return new Ssda903Generator(this);
    }
  }
}
