package io.github.cscreturns.serialization.ssda903.internal;

import io.github.cscreturns.codesets.CollectionYear;
import io.github.cscreturns.core.ssda903.Ssda903Table;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The layout of one SSDA903 table in both formats: CSV columns in the DfE order (values travel as a
 * {@code String[]} indexed by this order), the conventional CSV file name, the XML group element (null
 * for the items that sit directly under HEADER) and the XML element order of the schema.
 */
public final class TableLayout {
  private final Ssda903Table table;
  private final List<Column> columns;
  private final String fileName;
  private final @Nullable String xmlGroup;
  private final int[] xmlOrder;
  private final Map<String, Integer> byName = new HashMap<>();
  private final Map<String, Integer> byXml = new HashMap<>();

  TableLayout(Ssda903Table table, String fileName, @Nullable String xmlGroup, List<Column> columns, List<String> xmlOrder) {
    this.table = table;
    this.fileName = fileName;
    this.xmlGroup = xmlGroup;
    this.columns = List.copyOf(columns);
    for (int i = 0; i < columns.size(); i++) {
      Column c = columns.get(i);
      byName.put(c.name(), i);
      if (c.xmlElement() != null) {
        byXml.put(c.xmlElement(), i);
      }
    }
    this.xmlOrder = new int[xmlOrder.size()];
    for (int i = 0; i < xmlOrder.size(); i++) {
      Integer index = byXml.get(xmlOrder.get(i));
      if (index == null) {
        throw new IllegalStateException(table + " has no XML element " + xmlOrder.get(i));
      }
      this.xmlOrder[i] = index;
    }
  }

  public Ssda903Table table() {
    return table;
  }

  /** Every column of every year, in CSV order. */
  public List<Column> columns() {
    return columns;
  }

  public int width() {
    return columns.size();
  }

  /** The columns the year collects, in CSV order. */
  public List<Column> columns(CollectionYear year) {
    List<Column> out = new ArrayList<>();
    for (Column c : columns) {
      if (c.years().contains(year)) {
        out.add(c);
      }
    }
    return out;
  }

  /** The index of the column with the DfE name, or -1. */
  public int index(String name) {
    Integer i = byName.get(name);
    return i == null ? -1 : i;
  }

  /** The index of the column written as the XML element, or -1. */
  public int xmlIndex(String element) {
    Integer i = byXml.get(element);
    return i == null ? -1 : i;
  }

  /** Column indices in the schema's element order. */
  public int[] xmlOrder() {
    return xmlOrder.clone();
  }

  public String fileName() {
    return fileName;
  }

  public @Nullable String xmlGroup() {
    return xmlGroup;
  }
}
