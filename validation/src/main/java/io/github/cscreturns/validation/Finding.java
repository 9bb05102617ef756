package io.github.cscreturns.validation;

import io.github.cscreturns.core.ChildId;
import io.github.cscreturns.core.SourceLocation;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * One record flagged by one check: which rule (its DfE code, such as "103" or "SW01aSTG1"), how
 * serious, the DfE message, the fields it concerns, and where: the child, the table, the record's
 * 0-based position within that table as read, and the source line where known. A rule that
 * implicates records in two tables gives a finding for each.
 */
@Value.Immutable
public interface Finding {
  /**
   * A builder of a finding (rules build theirs through the engine).
   *
   * @return a builder of a finding (rules build theirs through the engine)
   */
  static ImmutableFinding.Builder builder() {
    return ImmutableFinding.builder();
  }

  /**
   * The DfE rule code.
   *
   * @return the DfE rule code
   */
  String ruleCode();

  /**
   * Error or query, as the DfE catalogue of the year marks the rule.
   *
   * @return error or query, as the DfE catalogue of the year marks the rule
   */
  Severity severity();

  /**
   * The DfE message, verbatim.
   *
   * @return the DfE message, verbatim
   */
  String message();

  /**
   * The child the record belongs to, where the check is about a child.
   *
   * @return the child the record belongs to, where the check is about a child
   */
  Optional<ChildId> childId();

  /**
   * The DfE table name of the flagged record ("Header", "Episodes" …).
   *
   * @return the DfE table name of the flagged record ("Header", "Episodes" …)
   */
  String table();

  /**
   * The record's 0-based position within its table as read, where known.
   *
   * @return the record's 0-based position within its table as read, where known
   */
  OptionalInt recordIndex();

  /**
   * The affected fields (DfE item names), as the rule declares them.
   *
   * @return the affected fields (DfE item names), as the rule declares them
   */
  List<String> fields();

  /**
   * Where the record was read from, where known.
   *
   * @return where the record was read from, where known
   */
  Optional<SourceLocation> source();

  /**
   * The item that tells the flagged record apart from the child's other records of its table (DECOM
   * for episodes, REVIEW for reviews, MIS_START for missing episodes …), where the table has more than
   * one record a child and the item is written like a date (other text typed there is not echoed).
   * Written in reports beside the location.
   *
   * @return the locating item of the flagged record, if its table needs one
   * @since 2013-14
   */
  Optional<Locator> locator();

  /**
   * The DfE stage (1 or 2) of the rule that made the finding, where known.
   *
   * @return the DfE stage (1 or 2) of the rule that made the finding, where known
   */
  OptionalInt stage();

  /**
   * Whether the finding is of a local rule (added beside the DfE's by a supplier or LA, with its own
   * code and metadata) rather than one of the DfE's.
   *
   * @return whether the finding is of a local rule (added beside the DfE's by a supplier or LA,
   *     with its own code and metadata) rather than one of the DfE's
   * @since 2022-23
   */
  @Value.Default
  default boolean isLocal() {
    return false;
  }

  /**
   * The stable order of findings within one child's (or one subject's) findings: by rule code (numbers
   * numerically, then the rest), then table, then record index.
   */
  Comparator<Finding> ORDER =
      Comparator.comparing(Finding::ruleCode, RuleCodes.ORDER)
          .thenComparing(Finding::table)
          .thenComparingInt(f -> f.recordIndex().orElse(-1));
}
