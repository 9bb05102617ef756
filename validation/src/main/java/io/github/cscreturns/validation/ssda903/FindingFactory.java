package io.github.cscreturns.validation.ssda903;

import io.github.cscreturns.core.ChildId;
import io.github.cscreturns.core.SourceLocation;
import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.core.ssda903.Ssda903Record;
import io.github.cscreturns.core.ssda903.Ssda903Table;
import io.github.cscreturns.validation.Finding;
import io.github.cscreturns.validation.ImmutableFinding;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * How a validator makes its findings. A per-child rule's finding is a template made in advance (the
 * rule's code, severity, stage, message, fields and the table) with the child, record index and source
 * set: no builder and no copy of the fields list per finding. A whole-return rule's finding is built
 * from what the run kept of the child ({@link ChildRef}).
 */
final class FindingFactory {
  private FindingFactory() {}

  /** One finding per table (by ordinal of {@link Ssda903Table}) for a rule. */
  static final class Templates {
    private final ImmutableFinding[] byTable;

    private Templates(ImmutableFinding[] byTable) {
      this.byTable = byTable;
    }
  }

  /**
   * A child with its position in the return and, per table (by ordinal of {@link Ssda903Table}), the
   * number of records of that table before this child's.
   */
  record Indexed(Child child, int ordinal, int[] offsets) {}

  /** What a run remembers of each child for whole-return findings. */
  record ChildRef(ChildId id, OptionalInt headerIndex, Optional<SourceLocation> headerSource) {}

  static Templates templates(RuleMetadata meta, boolean local) {
    Ssda903Table[] tables = Ssda903Table.values();
    ImmutableFinding[] out = new ImmutableFinding[tables.length];
    for (Ssda903Table t : tables) {
      out[t.ordinal()] =
          Finding.builder()
              .ruleCode(meta.code())
              .severity(meta.severity())
              .stage(stageNumber(meta))
              .message(meta.message())
              .table(t.dfeName())
              .fields(meta.fields())
              .isLocal(local)
              .build();
    }
    return new Templates(out);
  }

  /** The finding of a per-child rule on one of the child's records. */
  static Finding perChild(Templates templates, Indexed indexed, Ssda903Record record) {
    return templates.byTable[record.table().ordinal()]
        .withChildId(indexed.child().childId())
        .withRecordIndex(recordIndex(indexed, record))
        .withSource(record.source())
        .withLocator(Locators.of(record));
  }

  /**
   * The record's 0-based index within its table: as the reader recorded it, else counted in input
   * order (records of the children before, plus the record's position among this child's).
   */
  private static OptionalInt recordIndex(Indexed indexed, Ssda903Record record) {
    if (record.source().isPresent() && record.source().get().recordIndex().isPresent()) {
      return record.source().get().recordIndex();
    }
    Ssda903Table table = record.table();
    int offset = indexed.offsets()[table.ordinal()];
    if (table == Ssda903Table.HEADER) {
      return record == indexed.child() && indexed.child().headerRecorded() ? OptionalInt.of(offset) : OptionalInt.empty();
    }
    // Children have a handful of records per table; a scan by identity is cheaper than an index.
    List<? extends Ssda903Record> list = indexed.child().records(table);
    for (int i = 0; i < list.size(); i++) {
      if (list.get(i) == record) {
        return OptionalInt.of(offset + i);
      }
    }
    return OptionalInt.empty();
  }

  /**
   * A finding of a whole-return rule, on the child's Header row (no record given) or on a record the
   * rule kept. The child is known by its identifier, Header position and Header source only, so a
   * non-Header record has an index only where its reader recorded one.
   */
  static Finding wholeReturn(RuleMetadata meta, boolean local, ChildRef child, Optional<Ssda903Record> record) {
    Ssda903Table table = record.map(Ssda903Record::table).orElse(Ssda903Table.HEADER);
    Optional<SourceLocation> source = record.isPresent() ? record.get().source() : child.headerSource();
    OptionalInt index =
        source
            .map(SourceLocation::recordIndex)
            .filter(OptionalInt::isPresent)
            .orElse(table == Ssda903Table.HEADER ? child.headerIndex() : OptionalInt.empty());
    return Finding.builder()
        .ruleCode(meta.code())
        .severity(meta.severity())
        .stage(stageNumber(meta))
        .message(meta.message())
        .childId(child.id())
        .table(table.dfeName())
        .recordIndex(index)
        .fields(meta.fields())
        .source(source)
        .locator(record.flatMap(Locators::of))
        .isLocal(local)
        .build();
  }

  private static OptionalInt stageNumber(RuleMetadata meta) {
    return meta.stage().map(s -> OptionalInt.of(s.number())).orElse(OptionalInt.empty());
  }
}
