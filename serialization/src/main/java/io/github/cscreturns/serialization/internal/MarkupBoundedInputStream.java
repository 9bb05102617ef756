package io.github.cscreturns.serialization.internal;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Bounds the size of every piece of XML markup before the parser sees it: a comment, a CDATA section,
 * a processing instruction, a declaration, or an element's start or end tag with its attributes. A
 * streaming XML parser holds each such piece in memory whole, so without this bound a single 100 MB
 * comment or attribute value exhausts the heap although element text is limited. Works on the bytes
 * of any ASCII-compatible encoding (UTF-8, ISO-8859-x, windows-125x); in UTF-16 it sees no markup
 * and bounds nothing, and the parser's own limits apply.
 */
public final class MarkupBoundedInputStream extends FilterInputStream {
  private enum State {
    TEXT, LT, BANG, BANG_DASH, COMMENT, CDATA, PI, DECLARATION, TAG, TAG_QUOTED
  }

  private final long limit;
  private State state = State.TEXT;
  private long length;
  private int quote;
  /** The last two bytes seen inside the current piece, for its closing sequence. */
  private int previous1 = -1;
  private int previous2 = -1;

  public MarkupBoundedInputStream(InputStream in, long limit) {
    super(in);
    if (limit < 16) {
      throw new IllegalArgumentException("markup limit below 16 bytes");
    }
    this.limit = limit;
  }

  @Override
  public int read() throws IOException {
    int b = super.read();
    if (b >= 0) {
      see(b);
    }
    return b;
  }

  @Override
  public int read(byte[] buf, int off, int len) throws IOException {
    int n = super.read(buf, off, len);
    int i = off;
    int end = off + Math.max(n, 0);
    while (i < end) {
      if (state == State.TEXT) {
        // text between markup: only the next '<' matters
        while (i < end && buf[i] != '<') {
          i++;
        }
        if (i < end) {
          start(State.LT);
          i++;
        }
      } else if (state == State.TAG) {
        // inside a tag only a quote or its '>' changes the state; the other bytes count towards the limit
        int from = i;
        while (i < end && buf[i] != '>' && buf[i] != '"' && buf[i] != '\'') {
          i++;
        }
        length += i - from;
        if (length > limit) {
          throw new InputLimitExceeded(describe(state) + " is longer than the limit of " + limit + " bytes");
        }
        if (i < end) {
          see(buf[i++] & 0xFF);
        }
      } else {
        see(buf[i++] & 0xFF);
      }
    }
    return n;
  }

  @Override
  public long skip(long n) throws IOException {
    // every byte must be seen; skip by reading
    byte[] buf = new byte[(int) Math.min(8192, Math.max(0, n))];
    long skipped = 0;
    while (skipped < n) {
      int r = read(buf, 0, (int) Math.min(buf.length, n - skipped));
      if (r < 0) {
        break;
      }
      skipped += r;
    }
    return skipped;
  }

  @Override
  public boolean markSupported() {
    return false;
  }

  private void see(int b) throws InputLimitExceeded {
    switch (state) {
      case TEXT -> {
        if (b == '<') {
          start(State.LT);
        }
        return;
      }
      case LT -> state = b == '!' ? State.BANG : b == '?' ? State.PI : b == '>' ? State.TEXT : State.TAG;
      case BANG -> state = b == '-' ? State.BANG_DASH : b == '[' ? State.CDATA : b == '>' ? State.TEXT : State.DECLARATION;
      case BANG_DASH -> state = b == '-' ? State.COMMENT : State.DECLARATION;
      case COMMENT -> {
        if (b == '>' && previous1 == '-' && previous2 == '-') {
          state = State.TEXT;
        }
      }
      case CDATA -> {
        if (b == '>' && previous1 == ']' && previous2 == ']') {
          state = State.TEXT;
        }
      }
      case PI -> {
        if (b == '>' && previous1 == '?') {
          state = State.TEXT;
        }
      }
      case DECLARATION -> {
        if (b == '>') {
          state = State.TEXT;
        }
      }
      case TAG -> {
        if (b == '"' || b == '\'') {
          quote = b;
          state = State.TAG_QUOTED;
        } else if (b == '>') {
          state = State.TEXT;
        }
      }
      case TAG_QUOTED -> {
        if (b == quote) {
          state = State.TAG;
        }
      }
    }
    previous2 = previous1;
    previous1 = b;
    if (state != State.TEXT && ++length > limit) {
      throw new InputLimitExceeded(
          describe(state) + " is longer than the limit of " + limit + " bytes");
    }
  }

  private void start(State s) {
    state = s;
    length = 1;
    previous1 = '<';
    previous2 = -1;
  }

  private static String describe(State s) {
    return switch (s) {
      case COMMENT -> "a comment";
      case CDATA -> "a CDATA section";
      case PI -> "a processing instruction";
      case DECLARATION, BANG, BANG_DASH -> "a markup declaration";
      default -> "an element tag with its attributes";
    };
  }
}
