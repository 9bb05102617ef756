package io.github.cscreturns.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Writes a command's output so that a failure never leaves a partial file behind and never destroys
 * what was there: the output is written to a temporary file (or folder) beside the target and moved
 * into place only once it is complete. Also refuses an output that would overwrite the input.
 */
final class AtomicOutput {
  private AtomicOutput() {}

  /** Something that writes into a stream or a folder and may fail. */
  @FunctionalInterface
  interface Body<T> {
    void writeTo(T target) throws IOException;
  }

  /**
   * A reason the output may not be written over the input, if it would be: the same file, the input
   * folder itself, or one of the input folder's CSV files.
   */
  static Optional<String> overlap(Path input, Path output) {
    Path in = canonical(input);
    Path out = canonical(output);
    if (in.equals(out)) {
      return Optional.of("the output is the input itself");
    }
    if (Files.isDirectory(in) && out.getParent() != null && out.getParent().equals(in)
        && out.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".csv")) {
      return Optional.of("the output would replace a CSV file of the input folder");
    }
    if (Files.isDirectory(out) && in.getParent() != null && in.getParent().equals(out)
        && in.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".csv")) {
      return Optional.of("the output folder holds the input file");
    }
    return Optional.empty();
  }

  /** The real path where the file exists, else the absolute normalised path (through the real parent). */
  private static Path canonical(Path p) {
    Path abs = p.toAbsolutePath().normalize();
    try {
      if (Files.exists(abs)) {
        return abs.toRealPath();
      }
      Path parent = abs.getParent();
      if (parent != null && Files.exists(parent)) {
        return parent.toRealPath().resolve(abs.getFileName());
      }
    } catch (IOException e) {
      // fall back to the absolute path
    }
    return abs;
  }

  /** Writes one file: into a temporary sibling, then moved over {@code target} on success. */
  static void writeFile(Path target, Body<OutputStream> body) throws IOException {
    Path parent = parentOf(target);
    Files.createDirectories(parent);
    Path temp = Files.createTempFile(parent, "." + target.getFileName() + ".", ".part");
    boolean done = false;
    try {
      try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(temp))) {
        body.writeTo(out);
      }
      move(temp, target);
      done = true;
    } finally {
      if (!done) {
        Files.deleteIfExists(temp);
      }
    }
  }

  /**
   * Writes output for standard output: into a temporary file first, copied onto {@code out} only once
   * complete, so that a failure part way prints nothing (and memory holds none of it).
   */
  static void writeToStandardOutput(java.io.PrintWriter out, Body<OutputStream> body) throws IOException {
    Path temp = Files.createTempFile("csc-output.", ".part");
    try {
      try (OutputStream stream = new BufferedOutputStream(Files.newOutputStream(temp))) {
        body.writeTo(stream);
      }
      try (java.io.Reader in = Files.newBufferedReader(temp, java.nio.charset.StandardCharsets.UTF_8)) {
        in.transferTo(out);
      }
      out.flush();
    } finally {
      Files.deleteIfExists(temp);
    }
  }

  /**
   * Writes a set of files into a folder: into a temporary sibling folder, then each file moved into
   * {@code target} (created if needed) on success, replacing files of the same names.
   */
  static void writeFolder(Path target, Body<Path> body) throws IOException {
    Path parent = parentOf(target);
    Files.createDirectories(parent);
    if (Files.exists(target, LinkOption.NOFOLLOW_LINKS) && !Files.isDirectory(target)) {
      throw new IOException("the output exists and is not a folder");
    }
    Path temp = Files.createTempDirectory(parent, "." + target.getFileName() + ".");
    try {
      body.writeTo(temp);
      if (!Files.exists(target)) {
        try {
          Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
          return;
        } catch (AtomicMoveNotSupportedException e) {
          Files.createDirectories(target);
        }
      }
      List<Path> files = new ArrayList<>();
      try (DirectoryStream<Path> s = Files.newDirectoryStream(temp)) {
        s.forEach(files::add);
      }
      for (Path f : files) {
        move(f, target.resolve(f.getFileName().toString()));
      }
    } finally {
      deleteTree(temp);
    }
  }

  private static Path parentOf(Path target) {
    Path parent = target.toAbsolutePath().getParent();
    if (parent == null) {
      throw new UncheckedIOException(new IOException("the output has no parent folder"));
    }
    return parent;
  }

  private static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  private static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
