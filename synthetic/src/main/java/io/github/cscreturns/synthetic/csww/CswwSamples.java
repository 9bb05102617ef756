package io.github.cscreturns.synthetic.csww;

import io.github.cscreturns.codesets.csww.AgencyWorker;
import io.github.cscreturns.codesets.csww.CfkssStatus;
import io.github.cscreturns.codesets.csww.CollectionName;
import io.github.cscreturns.codesets.csww.Ethnicity;
import io.github.cscreturns.codesets.csww.Gender;
import io.github.cscreturns.codesets.csww.LeaverDestination;
import io.github.cscreturns.codesets.csww.OrganisationRole;
import io.github.cscreturns.codesets.csww.QualificationLevel;
import io.github.cscreturns.codesets.csww.ReasonForAbsence;
import io.github.cscreturns.codesets.csww.ReasonForLeaving;
import io.github.cscreturns.codesets.csww.SourceLevel;
import io.github.cscreturns.codesets.csww.StartOrigin;
import io.github.cscreturns.codesets.csww.YesNo;
import io.github.cscreturns.core.csww.CensusHeader;
import io.github.cscreturns.core.csww.CensusSource;
import io.github.cscreturns.core.csww.ImmutableCensusHeader;
import io.github.cscreturns.core.csww.ImmutableCensusSource;
import io.github.cscreturns.core.csww.ImmutableLaLevelVacancies;
import io.github.cscreturns.core.csww.ImmutableSocialWorker;
import io.github.cscreturns.core.csww.ImmutableWorkforceReturn;
import io.github.cscreturns.core.csww.LaLevelVacancies;
import io.github.cscreturns.core.csww.SocialWorker;
import io.github.cscreturns.core.csww.SweNumber;
import io.github.cscreturns.core.csww.WorkforceReturn;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Seeded samples of CSWW records for property tests: the same {@link SplittableRandom} state gives
 * the same records. Records range over every attribute, including values kept as unparsed text.
 */
public final class CswwSamples {
  private CswwSamples() {}

  private static <T> T pick(List<T> values, SplittableRandom random) {
    return values.get(random.nextInt(values.size()));
  }

  private static <E extends Enum<E>> E pick(Class<E> type, SplittableRandom random) {
    E[] values = type.getEnumConstants();
    return values[random.nextInt(values.length)];
  }

  private static <T> List<T> upTo(int max, SplittableRandom random, Supplier<T> value) {
    int n = random.nextInt(max + 1);
    List<T> values = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      values.add(value.get());
    }
    return values;
  }

  /** Sets the value with probability {@code present}. */
  private static <T> void sometimes(double present, SplittableRandom random, Supplier<T> value, Consumer<T> set) {
    if (random.nextDouble() < present) {
      set.accept(value.get());
    }
  }

  private static String chars(String alphabet, int n, SplittableRandom random) {
    char[] c = new char[n];
    for (int i = 0; i < n; i++) {
      c[i] = alphabet.charAt(random.nextInt(alphabet.length()));
    }
    return new String(c);
  }

  /**
   * A decimal of scale 0 to 6, non-negative, as a file would write it.
   *
   * @param maxUnscaled the max unscaled
   * @param random the source of randomness
   * @return a decimal of scale 0 to 6, non-negative, as a file would write it
   */
  public static BigDecimal decimal(long maxUnscaled, SplittableRandom random) {
    return BigDecimal.valueOf(random.nextLong(maxUnscaled + 1), random.nextInt(7));
  }

  /**
   * An FTE from 0 to 1 with 0 to 6 decimal places.
   *
   * @param random the source of randomness
   * @return an FTE from 0 to 1 with 0 to 6 decimal places
   */
  public static BigDecimal fte(SplittableRandom random) {
    int scale = random.nextInt(7);
    return BigDecimal.valueOf(random.nextLong(BigDecimal.TEN.pow(scale).longValueExact() + 1), scale);
  }

  /**
   * A date from {@code from} to {@code to}, both included.
   *
   * @param from the first of the range
   * @param to the last of the range
   * @param random the source of randomness
   * @return a date from {@code from} to {@code to}, both included
   */
  public static LocalDate date(LocalDate from, LocalDate to, SplittableRandom random) {
    return from.plusDays(random.nextLong(to.toEpochDay() - from.toEpochDay() + 1));
  }

  /**
   * Text that XML can carry, including markup characters and inner spaces (0 to 20 characters).
   *
   * @param random the source of randomness
   * @return text that XML can carry, including markup characters and inner spaces (0 to 20
   *     characters)
   */
  public static String text(SplittableRandom random) {
    return chars("abcXYZ019 &<>\"'é-/", random.nextInt(21), random);
  }

  /**
   * Text that parses as no code, number or date.
   *
   * @param random the source of randomness
   * @return text that parses as no code, number or date
   */
  public static String junk(SplittableRandom random) {
    return pick(List.of("", "x", "N/A", "1.2.3", "2022-02-30", "9 9", "abc def", "<&>"), random);
  }

  /**
   * A worker record of any kind, role dates from 1950 to 2030.
   *
   * @param random the source of randomness
   * @return a worker record of any kind, role dates from 1950 to 2030
   */
  public static SocialWorker socialWorker(SplittableRandom random) {
    return socialWorker(LocalDate.of(1950, 1, 1), LocalDate.of(2030, 12, 31), random);
  }

  /**
   * A worker record whose role dates fall between the given dates.
   *
   * @param roleFrom the role from
   * @param roleTo the role to
   * @param random the source of randomness
   * @return a worker record whose role dates fall between the given dates
   */
  public static SocialWorker socialWorker(LocalDate roleFrom, LocalDate roleTo, SplittableRandom random) {
    ImmutableSocialWorker.Builder b = SocialWorker.builder();
    SplittableRandom r = random;
    sometimes(0.95, r, () -> pick(AgencyWorker.class, r), b::agencyWorker);
    sometimes(0.95, r, () -> SweNumber.of(chars("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ", 2, r) + chars("0123456789", 10, r)), b::sweNumber);
    sometimes(0.9, r, () -> fte(r), b::fte);
    sometimes(0.8, r, () -> date(LocalDate.of(1950, 1, 1), LocalDate.of(2004, 12, 31), r), b::birthDate);
    sometimes(0.7, r, () -> pick(Gender.class, r), b::gender);
    sometimes(0.7, r, () -> pick(Ethnicity.class, r), b::ethnicity);
    b.addAllQualificationInstitutions(upTo(2, r, () -> text(r)));
    sometimes(0.7, r, () -> pick(QualificationLevel.class, r), b::qualificationLevel);
    sometimes(0.5, r, () -> pick(YesNo.class, r), b::stepUpGraduate);
    sometimes(0.7, r, () -> pick(OrganisationRole.class, r), b::role);
    sometimes(0.8, r, () -> date(roleFrom, roleTo, r), b::roleStartDate);
    sometimes(0.6, r, () -> pick(StartOrigin.class, r), b::startOrigin);
    sometimes(0.4, r, () -> date(roleFrom, roleTo, r), b::roleEndDate);
    sometimes(0.3, r, () -> pick(LeaverDestination.class, r), b::leaverDestination);
    sometimes(0.3, r, () -> pick(ReasonForLeaving.class, r), b::reasonForLeaving);
    sometimes(0.5, r, () -> fte(r), b::fteAt30September);
    sometimes(0.6, r, () -> r.nextInt(201), b::casesAt30September);
    sometimes(0.6, r, () -> decimal(30_000, r), b::workingDaysLost);
    b.addAllContractWeeks(upTo(2, r, () -> decimal(9_999, r)));
    sometimes(0.5, r, () -> pick(YesNo.class, r), b::frontlineGraduate);
    b.addAllAbsentAt30September(upTo(2, r, () -> pick(YesNo.class, r)));
    b.addAllReasonsForAbsence(upTo(2, r, () -> pick(ReasonForAbsence.class, r)));
    b.addAllCfkssStatuses(upTo(2, r, () -> pick(CfkssStatus.class, r)));
    return b.build();
  }

  private static final List<String> UNPARSABLE_ITEMS = List.of("AgencyWorker", "FTE", "PersonBirthDate", "GenderCurrent",
      "OrgRole", "RoleStartDate", "RoleEndDate", "Cases30", "WorkingDaysLost", "FTE30", "StartOrigin");

  /**
   * A worker record where some single-valued items (up to three) hold unreadable text instead of a
   * value, as a careless file would.
   *
   * @param random the source of randomness
   * @return a worker record where some single-valued items (up to three) hold unreadable text
   *     instead of a value, as a careless file would
   */
  public static SocialWorker socialWorkerWithUnparsedValues(SplittableRandom random) {
    SocialWorker w = socialWorker(random);
    Set<String> broken = new LinkedHashSet<>(upTo(3, random, () -> pick(UNPARSABLE_ITEMS, random)));
    String text = junk(random);
    ImmutableSocialWorker.Builder b = ImmutableSocialWorker.builder().from(w);
    for (String item : broken) {
      switch (item) {
        case "AgencyWorker" -> b.agencyWorker(Optional.empty());
        case "FTE" -> b.fte(Optional.empty());
        case "PersonBirthDate" -> b.birthDate(Optional.empty());
        case "GenderCurrent" -> b.gender(Optional.empty());
        case "OrgRole" -> b.role(Optional.empty());
        case "RoleStartDate" -> b.roleStartDate(Optional.empty());
        case "RoleEndDate" -> b.roleEndDate(Optional.empty());
        case "Cases30" -> b.casesAt30September(Optional.empty());
        case "WorkingDaysLost" -> b.workingDaysLost(Optional.empty());
        case "FTE30" -> b.fteAt30September(Optional.empty());
        case "StartOrigin" -> b.startOrigin(Optional.empty());
        default -> throw new IllegalStateException(item);
      }
      b.putUnparsed(item, text);
    }
    return b.build();
  }

  /**
   * A worker record, with unparsed values about half the time.
   *
   * @param random the source of randomness
   * @return a worker record, with unparsed values about half the time
   */
  public static SocialWorker anySocialWorker(SplittableRandom random) {
    return random.nextBoolean() ? socialWorker(random) : socialWorkerWithUnparsedValues(random);
  }

  /**
   * LA-level vacancy items, each present nine times in ten.
   *
   * @param random the source of randomness
   * @return LA-level vacancy items, each present nine times in ten
   */
  public static LaLevelVacancies laLevelVacancies(SplittableRandom random) {
    ImmutableLaLevelVacancies.Builder b = LaLevelVacancies.builder();
    sometimes(0.9, random, () -> decimal(99_999, random), b::numberOfVacancies);
    sometimes(0.9, random, () -> decimal(99_999, random), b::agencyFte);
    sometimes(0.9, random, () -> random.nextInt(5001), b::agencyHeadcount);
    return b.build();
  }

  /**
   * A census header with up to two sources.
   *
   * @param random the source of randomness
   * @return a census header with up to two sources
   */
  public static CensusHeader header(SplittableRandom random) {
    ImmutableCensusHeader.Builder b = CensusHeader.builder();
    sometimes(0.8, random, () -> CollectionName.CSWW, b::collection);
    sometimes(0.8, random, () -> Year.of(random.nextInt(2013, 2031)), b::year);
    sometimes(0.8, random, () -> LocalDate.of(random.nextInt(2013, 2031), 9, 30), b::referenceDate);
    b.addAllSources(upTo(2, random, () -> {
      ImmutableCensusSource.Builder s = CensusSource.builder();
      sometimes(0.8, random, () -> SourceLevel.LOCAL_AUTHORITY, s::sourceLevel);
      sometimes(0.9, random, () -> chars("0123456789", 3, random), s::lea);
      sometimes(0.5, random, () -> text(random), s::softwareCode);
      sometimes(0.5, random, () -> pick(List.of("2023-03-28T14:54:55Z", "2024-01-01T00:00:00"), random), s::dateTime);
      return s.build();
    }));
    return b.build();
  }

  /**
   * A census return with up to {@code size} worker records, some with unparsed values.
   *
   * @param size the number of children
   * @param random the source of randomness
   * @return a census return with up to {@code size} worker records, some with unparsed values
   */
  public static WorkforceReturn aReturn(int size, SplittableRandom random) {
    ImmutableWorkforceReturn.Builder b = WorkforceReturn.builder();
    sometimes(0.8, random, () -> header(random), b::header);
    sometimes(0.95, random, () -> laLevelVacancies(random), b::laLevelVacancies);
    int n = random.nextInt(size + 1);
    for (int i = 0; i < n; i++) {
      b.addWorkers(anySocialWorker(random));
    }
    return b.build();
  }
}
