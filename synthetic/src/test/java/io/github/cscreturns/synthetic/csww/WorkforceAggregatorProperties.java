package io.github.cscreturns.synthetic.csww;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cscreturns.core.csww.SocialWorker;
import io.github.cscreturns.core.csww.WorkforceAggregator;
import io.github.cscreturns.core.csww.WorkforceSnapshot;
import io.github.cscreturns.synthetic.testing.SeededProperty;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Properties of core's {@link WorkforceAggregator} over seeded workforces of up to 40 worker records
 * ({@link CswwSamples}); a failure names its seed and size.
 */
class WorkforceAggregatorProperties {
  static final LocalDate REF = LocalDate.of(2023, 9, 30);

  /** 100 seeds, each with a workforce size from 0 to 40. */
  static Stream<Object[]> workforces() {
    return SeededProperty.seedsAndSizes(100, 40);
  }

  /** {@code size} worker records with role dates from 2019 to 2025. */
  static List<SocialWorker> workforce(SplittableRandom random, int size) {
    List<SocialWorker> workers = new ArrayList<>();
    for (int i = 0; i < size; i++) {
      workers.add(CswwSamples.socialWorker(LocalDate.of(2019, 1, 1), LocalDate.of(2025, 1, 1), random));
    }
    return workers;
  }

  static WorkforceSnapshot aggregate(List<SocialWorker> workers) {
    WorkforceAggregator a = WorkforceAggregator.at(REF);
    workers.forEach(a::add);
    return a.snapshot();
  }

  static int sum(Map<?, Integer> counts) {
    return counts.values().stream().mapToInt(Integer::intValue).sum();
  }

  @ParameterizedTest(name = "seed {0}, size {1}")
  @MethodSource("workforces")
  void breakdownsAddUpToTheirTotals(long seed, int size) {
    SeededProperty.check(seed, size, WorkforceAggregatorProperties::workforce, WorkforceAggregatorProperties::breakdownsAddUpToTheirTotals);
  }

  static void breakdownsAddUpToTheirTotals(List<SocialWorker> workers) {
    WorkforceSnapshot s = aggregate(workers);
    int inPost = s.socialWorkers().headcount().orElseThrow();
    assertThat(sum(s.socialWorkersByAge())).isEqualTo(inPost);
    assertThat(sum(s.socialWorkersByTimeInService())).isEqualTo(inPost);
    assertThat(sum(s.startersByAge())).isEqualTo(s.starters().headcount().orElseThrow());
    assertThat(sum(s.startersByOrigin())).isLessThanOrEqualTo(s.starters().headcount().orElseThrow());
    assertThat(sum(s.leaversByAge())).isEqualTo(s.leavers().headcount().orElseThrow());
    assertThat(sum(s.leaversByTimeInService())).isEqualTo(s.leavers().headcount().orElseThrow());
    assertThat(sum(s.leaversByDestination())).isLessThanOrEqualTo(s.leavers().headcount().orElseThrow());
    assertThat(s.socialWorkersWithCaseloads().headcount().orElse(0)).isLessThanOrEqualTo(inPost);
    // Every worker FTE is at most 1, so FTE never exceeds headcount.
    assertThat(s.socialWorkers().fte().orElseThrow()).isLessThanOrEqualTo(BigDecimal.valueOf(inPost));
    long employees = workers.stream().filter(SocialWorker::isEmployee).count();
    assertThat(inPost).isLessThanOrEqualTo((int) employees);
  }

  @ParameterizedTest(name = "seed {0}, size {1}")
  @MethodSource("workforces")
  void theOrderOfRecordsDoesNotMatter(long seed, int size) {
    SeededProperty.check(seed, size, WorkforceAggregatorProperties::workforce, workers -> theOrderOfRecordsDoesNotMatter(workers, seed));
  }

  static void theOrderOfRecordsDoesNotMatter(List<SocialWorker> workers, long seed) {
    List<SocialWorker> shuffled = new ArrayList<>(workers);
    Collections.shuffle(shuffled, new Random(seed));
    WorkforceSnapshot a = aggregate(workers);
    WorkforceSnapshot b = aggregate(shuffled);
    assertThat(b.socialWorkers().headcount()).isEqualTo(a.socialWorkers().headcount());
    assertThat(b.socialWorkers().fte().orElseThrow()).isEqualByComparingTo(a.socialWorkers().fte().orElseThrow());
    assertThat(b.leavers().headcount()).isEqualTo(a.leavers().headcount());
    assertThat(b.socialWorkersByAge()).isEqualTo(a.socialWorkersByAge());
    assertThat(b.startersByOrigin()).isEqualTo(a.startersByOrigin());
  }

  @ParameterizedTest(name = "seed {0}, size {1}")
  @MethodSource("workforces")
  void agencyRecordsNeverCountAsSocialWorkers(long seed, int size) {
    SeededProperty.check(seed, size, WorkforceAggregatorProperties::workforce, WorkforceAggregatorProperties::agencyRecordsNeverCountAsSocialWorkers);
  }

  static void agencyRecordsNeverCountAsSocialWorkers(List<SocialWorker> workers) {
    List<SocialWorker> employeesOnly = workers.stream().filter(w -> !w.isAgencyWorker()).toList();
    WorkforceSnapshot all = aggregate(workers);
    WorkforceSnapshot employees = aggregate(employeesOnly);
    assertThat(all.socialWorkers()).isEqualTo(employees.socialWorkers());
    assertThat(all.starters()).isEqualTo(employees.starters());
    assertThat(all.leavers()).isEqualTo(employees.leavers());
    assertThat(all.sicknessAbsenceDays()).isEqualTo(employees.sicknessAbsenceDays());
    long agencyInPost = workers.stream().filter(w -> w.isAgencyWorker() && w.isInPostOn(REF)).count();
    assertThat(all.agencyWorkers().headcount()).contains((int) agencyInPost);
  }
}
