package io.github.cscreturns.synthetic.cin;

import io.github.cscreturns.codesets.CollectionYear;
import io.github.cscreturns.codesets.cin.CollectionName;
import io.github.cscreturns.codesets.cin.SourceLevel;
import io.github.cscreturns.core.LaCode;
import io.github.cscreturns.core.cin.CinChild;
import io.github.cscreturns.core.cin.CinHeader;
import io.github.cscreturns.core.cin.CinReturn;
import io.github.cscreturns.core.cin.ImmutableCinHeader;
import java.time.LocalDateTime;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * A seeded generator of whole Children in Need (CIN) census returns for a collection year, 2016-17
 * to 2025-26: a header (collection CIN, the year, the reference date of 31 March, and the local
 * authority) and the children in need at some time in the year.
 *
 * <p>Each child is drawn from its own seed (the generator's seed and the child's position), so the
 * same seed, year and size always give the same children, and the first {@code n} children of a
 * larger return are those of a return of {@code n}. A child has an LA child ID, a UPN with its DfE
 * check letter (or a reason it is unknown: UN1 for the youngest and the unborn, UN7 for some
 * children whose referrals all led to no further action), a date of birth or, for an unborn child,
 * an expected one, GenderCurrent up to 2023-24 or Sex from 2024-25, ethnicity and disabilities; and
 * one to three CIN episodes in date order: referrals with their source and primary need,
 * referrals with no further action, assessments with their factors, CIN plan periods (from
 * 2021-22, when the schema added CINPlanDates), section 47 enquiries with their conference targets
 * and conferences, child protection plans with their categories of abuse and review dates, and
 * closures with their reasons. Codes are asked of the year's codesets.
 *
 * <p>The proportions follow England's published figures (the DfE's "Characteristics of children in
 * need", year ending 31 March 2024: 621,880 referrals, 399,460 children in need and 50,010 on a child
 * protection plan at 31 March, a quarter of completed assessments ending in no further action; the
 * others used are listed in the source of {@code CinFigures}): about two in five of a return's
 * children were already in need on 1 April, the others referred in the year, some of them
 * again after an episode closed.
 *
 * <p>The return is meant to satisfy every DfE CIN rule of its year, errors and queries. The rules
 * whose constraints the generated data keeps, by construction:
 *
 * <ul>
 *   <li>Header: 100 (ReferenceDate).
 *   <li>Identifiers: 1510, 1520, 1530, 1540, 1550, 1560Q (UPNs and former UPNs well formed, with the
 *       check letter and an LA code of the year, unique); 1570, 1580, 8500, 8510 (LA child IDs);
 *       8520, 8525Q, 8530Q, 8535Q, 8545Q (dates of birth, expected birth and death); 4180, 8750,
 *       2886Q (GenderCurrent or Sex, 0 or U only for the unborn); 4220 (ethnicity); 8540, 8790,
 *       8794, 2887Q, 2888Q (disabilities; the two return-level queries from the fourth child on, as
 *       the first four children carry two codes each, eight codes between them); 8770Q (both
 *       versions), 8772 (UPN unknown reasons); 8775Q.
 *   <li>Episodes: 8590, 8600, 8606, 8610, 8620, 8630, 8640, 8650, 8805, 8810, 8815, 8816, 8820,
 *       8866, 8568, 8569Q (referrals with no further action only a week or more after 1 April),
 *       8565 (closure on or after every other date of the episode), 8585Q, 8555Q, 8831, 8832, 4000,
 *       2990, 8825Q.
 *   <li>Assessments: 1103, 8608, 8614, 8696, 8736, 8863Q, 8867, 8869, 8873Q, 8896, 8897Q, 8898,
 *       8945Q, 8950Q, 2991Q; 8670Q (an assessment open at 31 March started within 50 calendar days of
 *       it, well inside 45 working days).
 *   <li>CIN plans: 4001, 4003, 4004, 4008, 4009Q, 4010, 4011, 4012Q, 4013, 4014, 4015, 4016, 4017
 *       (a CIN plan ends the day before a child protection plan starts, or starts the day after one
 *       ends, so the two never touch).
 *   <li>Section 47 and conferences: 1104, 2883, 2884, 2885, 2889, 8615, 8715, 8740, 8839, 8868,
 *       8870Q, 8875, 8890; 8675Q (an enquiry open at 31 March started within 14 calendar days of it,
 *       inside 15 working days).
 *   <li>Child protection plans: 1105, 8720, 8730, 8840, 8841, 8842Q, 8905, 8910, 8915, 8920, 8925,
 *       8930, 8935, 8940.
 * </ul>
 *
 * <p>NumberOfPreviousCPP is at least 1 up to 2023-24: the schemas of those years type it
 * xs:positiveInteger, though rule 8730 allows 0; from 2024-25 (no schema) first plans have 0.
 *
 * <p>For property tests, {@link #children()} is a plain {@code Stream<CinChild>} and {@link
 * #supplier(CollectionYear, long)} an endless {@code Supplier<CinChild>}.
 *
 * @since 2016-17
 */
public final class CinGenerator {
  /** The first collection year generated. */
  public static final CollectionYear FIRST_YEAR = CollectionYear.Y2016_17;
  /** The last collection year generated (2026-27 adds items the DfE has not yet published). */
  public static final CollectionYear LAST_YEAR = CollectionYear.Y2025_26;

  private final CollectionYear year;
  private final long seed;
  private final int size;
  private final Optional<LaCode> la;

  private CinGenerator(Builder b) {
    this.year = b.year;
    this.seed = b.seed;
    this.size = b.children;
    this.la = b.la;
  }

  /**
   * A generator for the collection year: seed 0 and 100 children unless set.
   *
   * @param year the collection year, 2016-17 to 2025-26
   * @return a generator for the collection year
   * @throws IllegalArgumentException if the year is outside 2016-17 to 2025-26
   */
  public static Builder builder(CollectionYear year) {
    return new Builder(year);
  }

  /**
   * Whether the generator covers the collection year (2016-17 to 2025-26).
   *
   * @param year the collection year
   * @return whether the generator covers the collection year
   */
  public static boolean covers(CollectionYear year) {
    return !year.isOlderThan(FIRST_YEAR) && !LAST_YEAR.isOlderThan(year);
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
   * How many children the return has.
   *
   * @return how many children the return has
   */
  public int size() {
    return size;
  }

  /**
   * The return's header: collection CIN, the year it ends, the reference date (31 March), and, where
   * a local authority is set, the source with its code.
   *
   * @return the return's header
   */
  public CinHeader header() {
    ImmutableCinHeader.Builder h = CinHeader.builder()
        .collection(CollectionName.CIN)
        .year(Integer.toString(year.endYear()))
        .referenceDate(CinReturn.referenceDateOf(year));
    la.ifPresent(code -> h.sourceLevel(SourceLevel.LOCAL_AUTHORITY).lea(code.value()).softwareCode("csc-returns synthetic")
        .dateTime(LocalDateTime.of(year.endYear(), 4, 30, 9, 0)));
    return h.build();
  }

  /**
   * The year's children, in order: the same for the same seed, year and size.
   *
   * @return the year's children, in order
   */
  public Stream<CinChild> children() {
    return IntStream.range(0, size).mapToObj(this::child);
  }

  /**
   * The year's return: the header and every child.
   *
   * @return the year's return
   */
  public CinReturn generate() {
    return CinReturn.builder().header(header()).children(children().toList()).build();
  }

  /**
   * An endless supply of children of the year, child after child as {@link #children()} would give
   * them for an ever larger return: for property-testing libraries that want a supplier.
   *
   * @param year the collection year, 2016-17 to 2025-26
   * @param seed the seed
   * @return an endless supply of children of the year
   */
  public static Supplier<CinChild> supplier(CollectionYear year, long seed) {
    CinGenerator g = builder(year).seed(seed).build();
    return new Supplier<>() {
      private int next;

      @Override
      public CinChild get() {
        return g.child(next++);
      }
    };
  }

  private CinChild child(int index) {
    return CinChildDraw.draw(year, childSeed(seed, index), index, la);
  }

  /** The child's own seed: the generator's seed and the position mixed (SplittableRandom's finaliser, SplitMix64). */
  static long childSeed(long seed, int index) {
    long z = seed + 0x9E3779B97F4A7C15L * (index + 1L);
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  /** Configures a {@link CinGenerator}. */
  public static final class Builder {
    private final CollectionYear year;
    private long seed;
    private int children = 100;
    private Optional<LaCode> la = Optional.empty();

    private Builder(CollectionYear year) {
      this.year = Objects.requireNonNull(year, "year");
      if (!covers(year)) {
        throw new IllegalArgumentException("CIN returns are generated for " + FIRST_YEAR.label() + " to " + LAST_YEAR.label() + ", not " + year.label());
      }
    }

    /**
     * The seed: the same seed, year and size give the same return.
     *
     * @param seed the seed
     * @return this builder
     */
    public Builder seed(long seed) {
      this.seed = seed;
      return this;
    }

    /**
     * How many children the return has (0 or more).
     *
     * @param children the number of children
     * @return this builder
     */
    public Builder children(int children) {
      if (children < 0) {
        throw new IllegalArgumentException("children must be 0 or more, not " + children);
      }
      this.children = children;
      return this;
    }

    /**
     * The returning local authority: its code is the header's LEA and, where the year's codeset of
     * UPN LA codes knows it, starts the children's UPNs.
     *
     * @param la the local authority
     * @return this builder
     */
    public Builder la(LaCode la) {
      this.la = Optional.of(la);
      return this;
    }

    /**
     * The generator with these options.
     *
     * @return the generator
     */
    public CinGenerator build() {
      return new CinGenerator(this);
    }
  }
}
