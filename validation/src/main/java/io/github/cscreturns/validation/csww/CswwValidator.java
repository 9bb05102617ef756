package io.github.cscreturns.validation.csww;

import io.github.cscreturns.codesets.CollectionYear;
import io.github.cscreturns.core.SourceLocation;
import io.github.cscreturns.core.csww.CensusHeader;
import io.github.cscreturns.core.csww.LaLevelVacancies;
import io.github.cscreturns.core.csww.SocialWorker;
import io.github.cscreturns.core.csww.SweNumber;
import io.github.cscreturns.core.csww.WorkforceReturn;
import io.github.cscreturns.validation.Finding;
import io.github.cscreturns.validation.ImmutableFinding;
import io.github.cscreturns.validation.RuleOutcome;
import io.github.cscreturns.validation.ValidationReport;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Checks a CSWW census return against the {@link CswwCheck}s, streaming: give it the header and
 * local-authority-level items, then each worker record in file order, then take the report. Memory
 * holds the findings and the registration numbers of workers in post (for {@link CswwCheck#CSWW10}).
 * Not thread-safe; use one per return.
 *
 * <pre>{@code
 * ValidationReport report = CswwValidator.forYear(CollectionYear.Y2022_23).validate(census);
 * }</pre>
 *
 * <p>Findings come in input order: the header's, then each worker's (in check-code order), then the
 * return-level ones. Every check runs on every return, so each has an outcome, passed or failed.
 *
 * @since 2021-22
 */
public final class CswwValidator {
  private final CollectionYear year;
  private final LocalDate referenceDate;
  private final LocalDate yearStart;
  private final List<Finding> findings = new ArrayList<>();
  private final Map<CswwCheck, Integer> counts = new EnumMap<>(CswwCheck.class);
  private final Set<String> employeesInPost = new HashSet<>();
  private final Set<String> agencyInPost = new HashSet<>();
  private final Set<String> both = new HashSet<>();
  private final Map<String, ImmutableFinding.Builder> pendingBoth = new LinkedHashMap<>();
  private Optional<LaLevelVacancies> laLevel = Optional.empty();
  private int agencyRecordsInPost;
  private int workers;
  private boolean started;

  private CswwValidator(CollectionYear year) {
    this.year = year;
    this.referenceDate = year.workforceReferenceDate();
    this.yearStart = referenceDate.minusYears(1).plusDays(1);
  }

  /**
   * A validator for the census of the collection year (as at 30 September of its end year).
   *
   * @param year the collection year
   * @return a validator for the census of the collection year (as at 30 September of its end year)
   */
  public static CswwValidator forYear(CollectionYear year) {
    return new CswwValidator(year);
  }

  /**
   * Checks a whole return.
   *
   * @param census the census
   * @return the report
   */
  public ValidationReport validate(WorkforceReturn census) {
    start(census.header(), census.laLevelVacancies());
    census.workers().forEach(this::check);
    return finish();
  }

  /**
   * Checks the header and the local-authority-level items; call once, before the workers.
   *
   * @param header the header
   * @param laLevelItems the la level items
   * @return the findings
   */
  public CswwValidator start(Optional<CensusHeader> header, Optional<LaLevelVacancies> laLevelItems) {
    if (started) {
      throw new IllegalStateException("start has already been called");
    }
    started = true;
    this.laLevel = laLevelItems;
    header.flatMap(CensusHeader::referenceDate).filter(d -> !d.equals(referenceDate))
        .ifPresent(d -> add(CswwCheck.CSWW15, CswwCheck.CSWW15.fields(), OptionalInt.empty(), Optional.empty(), "Header"));
    header.ifPresent(h -> unparsed(h.unparsed(), OptionalInt.empty(), Optional.empty(), "Header"));
    header.ifPresent(h -> h.sources().forEach(s -> unparsed(s.unparsed(), OptionalInt.empty(), Optional.empty(), "Header")));
    if (laLevelItems.isEmpty()) {
      add(CswwCheck.CSWW14, CswwCheck.CSWW14.fields(), OptionalInt.empty(), Optional.empty(), "LALevelVacancies");
    } else {
      LaLevelVacancies la = laLevelItems.get();
      Optional<SourceLocation> at = la.location();
      if (la.numberOfVacancies().isEmpty() && !la.unparsed().containsKey("NumberOfVacancies")
          || la.agencyFte().isEmpty() && !la.unparsed().containsKey("NoAgencyFTE")
          || la.agencyHeadcount().isEmpty() && !la.unparsed().containsKey("NoAgencyHeadcount")) {
        add(CswwCheck.CSWW14, CswwCheck.CSWW14.fields(), OptionalInt.empty(), at, "LALevelVacancies");
      }
      if (negative(la.numberOfVacancies()) || negative(la.agencyFte())
          || la.agencyHeadcount().filter(h -> h < 0).isPresent()) {
        add(CswwCheck.CSWW13, List.of("NumberOfVacancies", "NoAgencyFTE", "NoAgencyHeadcount"), OptionalInt.empty(), at, "LALevelVacancies");
      }
      if (la.agencyFte().isPresent() && la.agencyHeadcount().isPresent()
          && la.agencyFte().get().compareTo(BigDecimal.valueOf(la.agencyHeadcount().get())) > 0) {
        add(CswwCheck.CSWW12, CswwCheck.CSWW12.fields(), OptionalInt.empty(), at, "LALevelVacancies");
      }
      unparsed(la.unparsed(), OptionalInt.empty(), at, "LALevelVacancies");
    }
    return this;
  }

  /**
   * Checks one worker record; records are numbered from 0 in the order given.
   *
   * @param w the worker record
   * @return this validator
   */
  public CswwValidator check(SocialWorker w) {
    if (!started) {
      start(Optional.empty(), Optional.empty());
    }
    OptionalInt index = OptionalInt.of(workers++);
    Optional<SourceLocation> at = w.location();
    int before = findings.size();
    unparsed(w.unparsed(), index, at, "CSWWWorker");
    if (w.agencyWorker().isEmpty() && !w.unparsed().containsKey("AgencyWorker")) {
      add(CswwCheck.CSWW02, index, at);
    }
    if (w.sweNumber().map(s -> !s.isWellFormed()).orElse(!w.unparsed().containsKey("SWENo"))) {
      add(CswwCheck.CSWW03, index, at);
    }
    if (outsideZeroToOne(w.fte()) || outsideZeroToOne(w.fteAt30September())) {
      add(CswwCheck.CSWW04, index, at);
    }
    if (w.roleEndDate().filter(d -> d.isBefore(yearStart) || d.isAfter(referenceDate)).isPresent()) {
      add(CswwCheck.CSWW05, index, at);
    }
    if (w.roleEndDate().isEmpty() && !w.unparsed().containsKey("RoleEndDate")
        && (w.leaverDestination().isPresent() || w.reasonForLeaving().isPresent())) {
      add(CswwCheck.CSWW06, index, at);
    }
    if (w.roleStartDate().filter(d -> d.isAfter(referenceDate)).isPresent()) {
      add(CswwCheck.CSWW07, index, at);
    }
    if (w.startOrigin().isPresent() && w.roleStartDate().filter(d -> !d.isBefore(yearStart)).isEmpty()) {
      add(CswwCheck.CSWW08, index, at);
    }
    if (w.roleStartDate().isPresent() && w.roleEndDate().filter(e -> e.isBefore(w.roleStartDate().get())).isPresent()) {
      add(CswwCheck.CSWW09, index, at);
    }
    if (w.casesAt30September().filter(c -> c < 0).isPresent() || negative(w.workingDaysLost())
        || w.contractWeeks().stream().anyMatch(c -> c.signum() < 0)) {
      add(CswwCheck.CSWW13, List.of("Cases30", "WorkingDaysLost", "ContractWeeks"), index, at, "CSWWWorker");
    }
    findings.subList(before, findings.size()).sort(Finding.ORDER);
    if (w.isInPostOn(referenceDate)) {
      if (w.isAgencyWorker()) {
        agencyRecordsInPost++;
      }
      w.sweNumber().map(SweNumber::value).map(s -> s.toUpperCase(java.util.Locale.ROOT)).ifPresent(swe -> {
        boolean clash = w.isAgencyWorker() ? employeesInPost.contains(swe) : w.isEmployee() && agencyInPost.contains(swe);
        if (w.isAgencyWorker()) {
          agencyInPost.add(swe);
        } else if (w.isEmployee()) {
          employeesInPost.add(swe);
        }
        if (clash && both.add(swe)) {
          pendingBoth.put(swe, finding(CswwCheck.CSWW10, CswwCheck.CSWW10.fields(), index, at, "CSWWWorker"));
        }
      });
    }
    return this;
  }

  /**
   * The report: every finding, and each check's outcome.
   *
   * @return the report
   */
  public ValidationReport finish() {
    if (!started) {
      start(Optional.empty(), Optional.empty());
    }
    pendingBoth.values().forEach(b -> record(CswwCheck.CSWW10, b.build()));
    pendingBoth.clear();
    laLevel.flatMap(LaLevelVacancies::agencyHeadcount).filter(h -> h != agencyRecordsInPost).ifPresent(h ->
        add(CswwCheck.CSWW11, CswwCheck.CSWW11.fields(), OptionalInt.empty(), laLevel.flatMap(LaLevelVacancies::location), "LALevelVacancies"));
    Map<String, RuleOutcome> outcomes = new LinkedHashMap<>();
    for (CswwCheck check : CswwCheck.values()) {
      int n = counts.getOrDefault(check, 0);
      outcomes.put(check.code(), n == 0 ? new RuleOutcome.Passed() : new RuleOutcome.Failed(n));
    }
    return ValidationReport.builder().addAllFindings(findings).putAllOutcomes(outcomes).checked(workers).build();
  }

  /**
   * The collection year checked.
   *
   * @return the collection year checked
   */
  public CollectionYear year() {
    return year;
  }

  private void unparsed(Map<String, String> raw, OptionalInt index, Optional<SourceLocation> at, String table) {
    for (String key : raw.keySet()) {
      int bracket = key.indexOf('[');
      add(CswwCheck.CSWW01, List.of(bracket < 0 ? key : key.substring(0, bracket)), index, at, table);
    }
  }

  private void add(CswwCheck check, OptionalInt index, Optional<SourceLocation> at) {
    add(check, check.fields(), index, at, check.table());
  }

  private void add(CswwCheck check, List<String> fields, OptionalInt index, Optional<SourceLocation> at, String table) {
    record(check, finding(check, fields, index, at, table).build());
  }

  private void record(CswwCheck check, Finding finding) {
    findings.add(finding);
    counts.merge(check, 1, Integer::sum);
  }

  private static ImmutableFinding.Builder finding(
      CswwCheck check, List<String> fields, OptionalInt index, Optional<SourceLocation> at, String table) {
    var b = Finding.builder().ruleCode(check.code()).severity(check.severity()).message(check.message())
        .table(table).addAllFields(fields).source(at);
    index.ifPresent(b::recordIndex);
    return b;
  }

  private static boolean outsideZeroToOne(Optional<BigDecimal> fte) {
    return fte.filter(f -> f.signum() < 0 || f.compareTo(BigDecimal.ONE) > 0).isPresent();
  }

  private static boolean negative(Optional<BigDecimal> value) {
    return value.filter(v -> v.signum() < 0).isPresent();
  }
}
