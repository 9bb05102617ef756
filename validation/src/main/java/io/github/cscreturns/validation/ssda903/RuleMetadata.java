package io.github.cscreturns.validation.ssda903;

import io.github.cscreturns.validation.Severity;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What the DfE publishes about a rule in a collection year: its code, message, affected fields and
 * the tables it reads (as named in the DfE's rule list, including "Episodes_last" for the previous
 * year's episodes and "Provider Info" for reference data), its severity and, where known, its stage.
 */
@Value.Immutable
public interface RuleMetadata {
  /**
   * A builder of a {@code RuleMetadata}, every item unset.
   *
   * @return the builder
   */
  static ImmutableRuleMetadata.Builder builder() {
    return ImmutableRuleMetadata.builder();
  }

  /**
   * The DfE rule code ("103", "503D", "SW01aSTG1").
   *
   * @return the DfE rule code ("103", "503D", "SW01aSTG1")
   */
  String code();

  /**
   * The DfE message, verbatim.
   *
   * @return the DfE message, verbatim
   */
  String message();

  /**
   * The affected fields (DfE item names), in the DfE's order.
   *
   * @return the affected fields (DfE item names), in the DfE's order
   */
  List<String> fields();

  /**
   * The tables the rule reads, as the DfE's rule list names them.
   *
   * @return the tables the rule reads, as the DfE's rule list names them
   */
  List<String> tables();

  /**
   * Error or query, as the DfE classes the rule.
   *
   * @return the severity
   */
  Severity severity();

  /**
   * The DfE stage the rule belongs to (1 or 2), where a source gives it: the code for the
   * social-worker episode rules ({@link Stage#namedInCode}); empty where no source at hand says.
   *
   * @return the DfE stage the rule belongs to (1 or 2), where a source gives it
   */
  Optional<Stage> stage();
}
