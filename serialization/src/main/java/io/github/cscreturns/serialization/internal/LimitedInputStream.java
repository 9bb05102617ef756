package io.github.cscreturns.serialization.internal;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/** Counts bytes read and fails once more than the limit have been read. */
public final class LimitedInputStream extends FilterInputStream {
  /** Thrown (inside whatever the parser wraps it in) when the limit is passed. */
  static final class LimitExceeded extends InputLimitExceeded {
    private static final long serialVersionUID = 1L;

    LimitExceeded(long limit) {
      super("the input is larger than the limit of " + limit + " bytes");
    }
  }

  private final long limit;
  private long count;

  public LimitedInputStream(InputStream in, long limit) {
    super(in);
    this.limit = limit;
  }

  private void add(long n) throws LimitExceeded {
    if (n > 0) {
      count += n;
      if (count > limit) {
        throw new LimitExceeded(limit);
      }
    }
  }

  @Override
  public int read() throws IOException {
    int b = super.read();
    add(b >= 0 ? 1 : 0);
    return b;
  }

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    int n = super.read(b, off, len);
    add(n);
    return n;
  }

  @Override
  public long skip(long n) throws IOException {
    long s = super.skip(n);
    add(s);
    return s;
  }

  @Override
  public boolean markSupported() {
    return false;
  }
}
