package io.github.cscreturns.reference.ofsted;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Writes small xlsx workbooks for tests: each sheet's rows of inline-string or numeric cells. */
final class XlsxFiles {
  private XlsxFiles() {}

  /** A workbook of the sheets (name → rows); a cell "#123" is written as the number 123. */
  static Path write(Path file, Map<String, List<List<String>>> sheets) throws IOException {
    Map<String, String> parts = new LinkedHashMap<>();
    StringBuilder wb = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets>");
    StringBuilder rels = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">");
    int i = 1;
    for (Map.Entry<String, List<List<String>>> sheet : sheets.entrySet()) {
      wb.append("<sheet name=\"").append(sheet.getKey()).append("\" sheetId=\"").append(i).append("\" r:id=\"rId").append(i).append("\"/>");
      rels.append("<Relationship Id=\"rId").append(i).append("\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet").append(i).append(".xml\"/>");
      parts.put("xl/worksheets/sheet" + i + ".xml", sheetXml(sheet.getValue()));
      i++;
    }
    wb.append("</sheets></workbook>");
    rels.append("</Relationships>");
    parts.put("xl/workbook.xml", wb.toString());
    parts.put("xl/_rels/workbook.xml.rels", rels.toString());
    return writeParts(file, parts);
  }

  static Path writeParts(Path file, Map<String, String> parts) throws IOException {
    try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
      for (Map.Entry<String, String> part : parts.entrySet()) {
        zip.putNextEntry(new ZipEntry(part.getKey()));
        zip.write(part.getValue().getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
      }
    }
    return file;
  }

  private static String sheetXml(List<List<String>> rows) {
    StringBuilder s = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>");
    for (int r = 0; r < rows.size(); r++) {
      s.append("<row r=\"").append(r + 1).append("\">");
      List<String> cells = rows.get(r);
      for (int c = 0; c < cells.size(); c++) {
        String v = cells.get(c);
        if (v.isEmpty()) {
          continue; // empty cells are not written, as Excel does
        }
        String ref = OfstedProviderList.cellName(c, r + 1);
        if (v.startsWith("#")) {
          s.append("<c r=\"").append(ref).append("\"><v>").append(v.substring(1)).append("</v></c>");
        } else {
          s.append("<c r=\"").append(ref).append("\" t=\"inlineStr\"><is><t>").append(v.replace("&", "&amp;").replace("<", "&lt;")).append("</t></is></c>");
        }
      }
      s.append("</row>");
    }
    return s.append("</sheetData></worksheet>").toString();
  }
}
