package io.github.cscreturns.cli;

import io.github.cscreturns.core.ssda903.Child;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import org.jspecify.annotations.Nullable;

/**
 * A return's children read ahead on a thread of their own, so that parsing the input and making its
 * children overlaps the validator's work on the children before (its whole-return rules run on the
 * thread taking the children, its per-child rules on its own threads). The children come in input
 * order, and a problem with the input surfaces where it would without reading ahead: after the
 * children before it. At most a few hundred children wait, so memory stays bounded by the children,
 * not the return. Closing stops the reading and releases the input.
 */
final class ReadAhead implements ReturnSource.Children {
  /** Children handed over at a time. */
  private static final int CHUNK = 64;
  /** Chunks read and waiting at most. */
  private static final int WAITING = 8;

  private static final Object END = new Object();

  /** How long closing waits for the reading thread to stop before releasing the input anyway. */
  private static final long JOIN_MILLIS = 10_000;

  /** What ended the reading: a problem met on the reading thread, thrown again on the taking one. */
  private record Failure(Throwable error) {}

  private final ReturnSource.Children source;
  private final BlockingQueue<Object> queue = new ArrayBlockingQueue<>(WAITING);
  private final Thread reader;
  private volatile boolean closing;
  private Iterator<Child> current = Collections.emptyIterator();
  private boolean ended;
  private @Nullable Throwable failure;

  ReadAhead(ReturnSource.Children source) {
    this.source = source;
    this.reader = new Thread(this::readAll, "csc-reader");
    reader.setDaemon(true);
    reader.start();
  }

  private void readAll() {
    Object last;
    List<Child> chunk = new ArrayList<>(CHUNK);
    try {
      while (!closing && source.hasNext()) {
        chunk.add(source.next());
        if (chunk.size() == CHUNK) {
          queue.put(chunk);
          chunk = new ArrayList<>(CHUNK);
        }
      }
      last = END;
    } catch (InterruptedException e) {
      return; // closed while waiting: nobody takes more
    } catch (Throwable e) {
      last = new Failure(e);
    }
    if (closing) {
      return; // a problem met because the reading was stopped is nobody's to hear
    }
    try {
      // the children read before the end or the problem come first
      if (!chunk.isEmpty()) {
        queue.put(chunk);
      }
      queue.put(last);
    } catch (InterruptedException e) {
      // closed while waiting
    }
  }

  @Override
  public boolean hasNext() {
    while (!current.hasNext()) {
      if (ended) {
        Throwable f = failure;
        if (f != null) {
          failure = null;
          throw rethrown(f);
        }
        return false;
      }
      Object next = take();
      if (next == END) {
        ended = true;
      } else if (next instanceof Failure f) {
        ended = true;
        failure = f.error();
      } else {
        @SuppressWarnings("unchecked")
        List<Child> chunk = (List<Child>) next;
        current = chunk.iterator();
      }
    }
    return true;
  }

  @Override
  public Child next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    return current.next();
  }

  private Object take() {
    try {
      return queue.take();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while reading the return", e);
    }
  }

  private static RuntimeException rethrown(Throwable t) {
    if (t instanceof RuntimeException r) {
      return r;
    }
    if (t instanceof Error e) {
      throw e;
    }
    return new IllegalStateException("reading the return failed (" + t.getClass().getSimpleName() + ")", t);
  }

  @Override
  public void close() {
    closing = true;
    reader.interrupt();
    try {
      // the reader stops after the child it is reading; standard input may hold it longer
      reader.join(JOIN_MILLIS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    source.close();
  }
}
