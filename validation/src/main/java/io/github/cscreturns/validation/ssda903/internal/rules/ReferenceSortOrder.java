package io.github.cscreturns.validation.ssda903.internal.rules;

/**
 * The order in which the public Python validator the DfE's checks are mirrored by puts a table's rows
 * when it sorts them by one column: its tables are sorted with NumPy's default sort, an introsort
 * (quicksort with a median-of-three pivot, insertion sort for runs of at most 17 rows, heapsort where
 * the partitions go too deep), which is not stable: of two rows with the same key, which comes first
 * depends on the whole table. A rule that takes "the latest" of a child's rows by that order (142, of
 * episodes starting the same day) names the row the reference names only in this order. Checked on
 * every set of the conformance corpus: with this order, 142's findings are the reference's row for row.
 *
 * <p>Where every key differs the order is simply ascending; runs of at most 17 rows keep their order.
 */
final class ReferenceSortOrder {
  private static final int SMALL = 16;

  private ReferenceSortOrder() {}

  /**
   * The positions of the keys in the order of the sort.
   *
   * @param keys the keys, in the order of the table's rows
   * @return the row positions, sorted by key as the reference sorts them
   */
  static int[] of(long[] keys) {
    int n = keys.length;
    int[] order = new int[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    if (n < 2) {
      return order;
    }
    int[] stackLow = new int[128];
    int[] stackHigh = new int[128];
    int[] stackDepth = new int[128];
    int top = 0;
    int low = 0;
    int high = n - 1;
    int depth = 2 * (31 - Integer.numberOfLeadingZeros(n));
    while (true) {
      if (depth < 0) {
        heapsort(keys, order, low, high - low + 1);
      } else {
        while (high - low > SMALL) {
          int mid = low + ((high - low) >> 1);
          if (keys[order[mid]] < keys[order[low]]) {
            swap(order, mid, low);
          }
          if (keys[order[high]] < keys[order[mid]]) {
            swap(order, high, mid);
          }
          if (keys[order[mid]] < keys[order[low]]) {
            swap(order, mid, low);
          }
          long pivot = keys[order[mid]];
          int i = low;
          int j = high - 1;
          swap(order, mid, j);
          while (true) {
            do {
              i++;
            } while (keys[order[i]] < pivot);
            do {
              j--;
            } while (pivot < keys[order[j]]);
            if (i >= j) {
              break;
            }
            swap(order, i, j);
          }
          swap(order, i, high - 1);
          depth--;
          // the larger side waits; the smaller is sorted next
          if (i - low < high - i) {
            stackLow[top] = i + 1;
            stackHigh[top] = high;
            stackDepth[top++] = depth;
            high = i - 1;
          } else {
            stackLow[top] = low;
            stackHigh[top] = i - 1;
            stackDepth[top++] = depth;
            low = i + 1;
          }
        }
        insertionSort(keys, order, low, high);
      }
      if (top == 0) {
        return order;
      }
      top--;
      low = stackLow[top];
      high = stackHigh[top];
      depth = stackDepth[top];
    }
  }

  private static void insertionSort(long[] keys, int[] order, int low, int high) {
    for (int i = low + 1; i <= high; i++) {
      int moving = order[i];
      long key = keys[moving];
      int j = i;
      while (j > low && key < keys[order[j - 1]]) {
        order[j] = order[j - 1];
        j--;
      }
      order[j] = moving;
    }
  }

  /** Heapsort of order[from .. from + n - 1], indexed from 1 as a heap. */
  private static void heapsort(long[] keys, int[] order, int from, int n) {
    int base = from - 1;
    for (int l = n >> 1; l > 0; l--) {
      siftDown(keys, order, base, l, n, order[base + l]);
    }
    while (n > 1) {
      int last = order[base + n];
      order[base + n] = order[base + 1];
      n--;
      siftDown(keys, order, base, 1, n, last);
    }
  }

  private static void siftDown(long[] keys, int[] order, int base, int start, int n, int moving) {
    int i = start;
    int j = start << 1;
    while (j <= n) {
      if (j < n && keys[order[base + j]] < keys[order[base + j + 1]]) {
        j++;
      }
      if (keys[moving] < keys[order[base + j]]) {
        order[base + i] = order[base + j];
        i = j;
        j += j;
      } else {
        break;
      }
    }
    order[base + i] = moving;
  }

  private static void swap(int[] order, int a, int b) {
    int t = order[a];
    order[a] = order[b];
    order[b] = t;
  }
}
