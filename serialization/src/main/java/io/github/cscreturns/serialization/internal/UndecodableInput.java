package io.github.cscreturns.serialization.internal;

import java.io.InputStream;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;

/**
 * Bytes that are not valid in the file's encoding, at the line and column (1-based, in characters)
 * where the first bad byte sits; thrown by the {@link #strict strict decoder} from inside the parser.
 */
public final class UndecodableInput extends IOException {
  private static final long serialVersionUID = 1L;
  private final int line;
  private final int column;

  UndecodableInput(int line, int column, CharacterCodingException cause) {
    super("the bytes are not valid in the file's encoding", cause);
    this.line = line;
    this.column = column;
  }

  public int line() {
    return line;
  }

  public int column() {
    return column;
  }

  /**
   * A strict decoder of UTF-8 (or, with {@code asciiOnly}, US-ASCII) that reports the first byte
   * sequence not valid in the encoding at its own line and column, rather than wherever a buffering
   * decoder happens to be: overlong forms, surrogates, code points past U+10FFFF, stray continuation
   * bytes and truncated sequences are all refused.
   */
  static Reader strict(InputStream in, boolean asciiOnly) {
    return new Reader() {
      private final byte[] bytes = new byte[8192];
      private int pos;
      private int end;
      private int line = 1;
      private int column = 1;
      private int pendingLow = -1;

      private int nextByte() throws IOException {
        if (pos == end) {
          end = in.read(bytes, 0, bytes.length);
          pos = 0;
          if (end <= 0) {
            end = 0;
            return -1;
          }
        }
        return bytes[pos++] & 0xFF;
      }

      private UndecodableInput bad() {
        return new UndecodableInput(line, column, new java.nio.charset.MalformedInputException(1));
      }

      private int continuation() throws IOException {
        int b = nextByte();
        if (b < 0 || (b & 0xC0) != 0x80) {
          throw bad();
        }
        return b & 0x3F;
      }

      @Override
      public int read(char[] buf, int off, int len) throws IOException {
        if (len == 0) {
          return 0;
        }
        int n = 0;
        while (n < len) {
          if (pendingLow >= 0) {
            buf[off + n++] = (char) pendingLow;
            pendingLow = -1;
            continue;
          }
          // a run of ASCII already buffered: one character per byte, no decoding
          int run = Math.min(len - n, end - pos);
          int k = 0;
          while (k < run) {
            byte c = bytes[pos + k];
            if (c < 0) {
              break;
            }
            if (c == '\n') {
              line++;
              column = 1;
            } else {
              column++;
            }
            buf[off + n + k] = (char) c;
            k++;
          }
          pos += k;
          n += k;
          if (n == len) {
            break;
          }
          if (n > 0 && pos == end && in.available() <= 0) {
            break; // do not block for more once some characters are ready
          }
          int b = nextByte();
          if (b < 0) {
            break;
          }
          int cp;
          if (b < 0x80) {
            cp = b;
          } else if (asciiOnly) {
            throw bad();
          } else if (b >= 0xC2 && b <= 0xDF) {
            cp = ((b & 0x1F) << 6) | continuation();
          } else if (b >= 0xE0 && b <= 0xEF) {
            cp = ((b & 0x0F) << 12) | (continuation() << 6) | continuation();
            if (cp < 0x800 || (cp >= 0xD800 && cp <= 0xDFFF)) {
              throw bad();
            }
          } else if (b >= 0xF0 && b <= 0xF4) {
            cp = ((b & 0x07) << 18) | (continuation() << 12) | (continuation() << 6) | continuation();
            if (cp < 0x10000 || cp > 0x10FFFF) {
              throw bad();
            }
          } else {
            throw bad();
          }
          if (cp == '\n') {
            line++;
            column = 1;
          } else {
            column++;
          }
          if (cp >= 0x10000) {
            buf[off + n++] = Character.highSurrogate(cp);
            pendingLow = Character.lowSurrogate(cp);
          } else {
            buf[off + n++] = (char) cp;
          }
        }
        return n == 0 ? -1 : n;
      }

      @Override
      public void close() throws IOException {
        in.close();
      }
    };
  }
}
