package io.github.cscreturns.validation.cin;

import io.github.cscreturns.validation.Severity;
import java.util.List;
import org.immutables.value.Value;

/**
 * What the DfE publishes of one CIN rule in one collection year: its code ("8500", "2886Q"), message,
 * severity (codes ending in Q are queries), level, the tables it reads and the items it concerns.
 *
 * @since 2022-23
 */
@Value.Immutable
public interface CinRuleMetadata {
  /**
   * A builder of rule metadata.
   *
   * @return a builder of rule metadata
   */
  static ImmutableCinRuleMetadata.Builder builder() {
    return ImmutableCinRuleMetadata.builder();
  }

  /**
   * The DfE rule code.
   *
   * @return the DfE rule code
   */
  String code();

  /**
   * The DfE message, verbatim.
   *
   * @return the DfE message, verbatim
   */
  String message();

  /**
   * Error or query.
   *
   * @return error or query
   */
  Severity severity();

  /**
   * Whether the rule flags records or judges the whole return.
   *
   * @return whether the rule flags records or judges the whole return
   */
  CinRuleLevel level();

  /**
   * The DfE tables the rule reads ("CINdetails", "Header" …).
   *
   * @return the DfE tables the rule reads
   */
  List<String> tables();

  /**
   * The items the rule concerns, each as {@code Table.Item} ("CINdetails.CINreferralDate").
   *
   * @return the items the rule concerns, each as {@code Table.Item}
   */
  List<String> fields();

  /**
   * The items of one table that the rule concerns, without the table's name.
   *
   * @param table the DfE table name
   * @return the items of that table that the rule concerns
   */
  default List<String> fieldsOf(String table) {
    String prefix = table + ".";
    return fields().stream().filter(f -> f.startsWith(prefix)).map(f -> f.substring(prefix.length())).toList();
  }
}
