package org.hotline12345.rules.internal;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * An Aho-Corasick automaton over UTF-16 chars: a trie of the keywords with failure links, so that
 * one pass over a text finds every occurrence of every keyword. Immutable once built (every field
 * is final and never written after the constructor), hence safe to share between threads.
 *
 * <p>State 0 is the root. The edges of a state are stored together, sorted by char, and found by
 * binary search; {@link #step} follows failure links until an edge is found or the root is
 * reached, so a text of n chars costs O(n log σ) steps plus one per match reported.
 */
public final class AhoCorasick {

  private static final int ROOT = 0;

  private final String[] keywords;
  private final int[] firstEdge;
  private final char[] edgeChar;
  private final int[] edgeTarget;
  private final int[] fail;
  private final int[] keywordAt;
  private final int[] nextOutput;
  /** The root's edges again as an open-addressing table: most steps of a text start there. */
  private final char[] rootChar;
  private final int[] rootTarget;
  private final int rootMask;

  /**
   * Builds the automaton.
   *
   * @param keywords distinct, non-empty keywords; the array is not kept
   */
  public AhoCorasick(String[] keywords) {
    this.keywords = keywords.clone();
    Map<Long, Integer> child = new HashMap<>();
    int[] parent = new int[16];
    char[] via = new char[16];
    int[] ends = new int[16];
    Arrays.fill(ends, -1);
    int states = 1;
    for (int k = 0; k < keywords.length; k++) {
      int state = ROOT;
      for (int i = 0; i < keywords[k].length(); i++) {
        char c = keywords[k].charAt(i);
        Integer next = child.get(key(state, c));
        if (next == null) {
          if (states == parent.length) {
            parent = Arrays.copyOf(parent, states * 2);
            via = Arrays.copyOf(via, states * 2);
            ends = Arrays.copyOf(ends, states * 2);
            Arrays.fill(ends, states, states * 2, -1);
          }
          parent[states] = state;
          via[states] = c;
          child.put(key(state, c), states);
          next = states++;
        }
        state = next;
      }
      ends[state] = k;
    }
    keywordAt = Arrays.copyOf(ends, states);
    firstEdge = new int[states + 1];
    edgeChar = new char[states - 1];
    edgeTarget = new int[states - 1];
    layOutEdges(parent, via, states);
    int rootEdges = firstEdge[1] - firstEdge[0];
    int size = Integer.highestOneBit(Math.max(1, rootEdges) * 2) * 2;
    rootChar = new char[size];
    rootTarget = new int[size];
    Arrays.fill(rootTarget, -1);
    rootMask = size - 1;
    for (int e = firstEdge[0]; e < firstEdge[1]; e++) {
      int slot = slot(edgeChar[e]);
      while (rootTarget[slot] >= 0) {
        slot = (slot + 1) & rootMask;
      }
      rootChar[slot] = edgeChar[e];
      rootTarget[slot] = edgeTarget[e];
    }
    fail = new int[states];
    nextOutput = new int[states];
    linkFailures(states);
  }

  private static long key(int state, char c) {
    return ((long) state << 16) | c;
  }

  private void layOutEdges(int[] parent, char[] via, int states) {
    for (int s = 1; s < states; s++) {
      firstEdge[parent[s] + 1]++;
    }
    for (int s = 0; s < states; s++) {
      firstEdge[s + 1] += firstEdge[s];
    }
    int[] filled = Arrays.copyOf(firstEdge, states);
    long[] packed = new long[states - 1];
    for (int s = 1; s < states; s++) {
      packed[filled[parent[s]]++] = ((long) via[s] << 32) | s;
    }
    for (int s = 0; s < states; s++) {
      Arrays.sort(packed, firstEdge[s], firstEdge[s + 1]);
    }
    for (int e = 0; e < packed.length; e++) {
      edgeChar[e] = (char) (packed[e] >>> 32);
      edgeTarget[e] = (int) packed[e];
    }
  }

  private void linkFailures(int states) {
    int[] queue = new int[states];
    int head = 0;
    int tail = 0;
    queue[tail++] = ROOT;
    nextOutput[ROOT] = -1;
    while (head < tail) {
      int state = queue[head++];
      for (int e = firstEdge[state]; e < firstEdge[state + 1]; e++) {
        int target = edgeTarget[e];
        fail[target] = state == ROOT ? ROOT : step(fail[state], edgeChar[e]);
        int f = fail[target];
        nextOutput[target] = keywordAt[f] >= 0 ? f : nextOutput[f];
        queue[tail++] = target;
      }
    }
  }

  private int slot(char c) {
    return (c * 0x9E3779B1 >>> 16) & rootMask;
  }

  private int rootEdge(char c) {
    for (int slot = slot(c); rootTarget[slot] >= 0; slot = (slot + 1) & rootMask) {
      if (rootChar[slot] == c) {
        return rootTarget[slot];
      }
    }
    return -1;
  }

  private int edge(int state, char c) {
    if (state == ROOT) {
      return rootEdge(c);
    }
    int lo = firstEdge[state];
    int hi = firstEdge[state + 1] - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      char m = edgeChar[mid];
      if (m < c) {
        lo = mid + 1;
      } else if (m > c) {
        hi = mid - 1;
      } else {
        return edgeTarget[mid];
      }
    }
    return -1;
  }

  /**
   * The state after reading one more char.
   *
   * @param state the current state (0 at the start of a text)
   * @param c the char read
   * @return the next state
   */
  public int step(int state, char c) {
    int s = state;
    while (true) {
      int next = edge(s, c);
      if (next >= 0) {
        return next;
      }
      if (s == ROOT) {
        return ROOT;
      }
      s = fail[s];
    }
  }

  /**
   * The first state, from this one along the failure links, at which a keyword ends: this state
   * itself when a keyword ends here, else the longest proper suffix that is a keyword.
   *
   * @param state a state
   * @return that state, or -1 if no keyword ends here
   */
  public int firstOutput(int state) {
    return keywordAt[state] >= 0 ? state : nextOutput[state];
  }

  /**
   * The next state along the failure links, after {@code outputState}, at which a keyword ends:
   * its keyword is shorter.
   *
   * @param outputState a state at which a keyword ends
   * @return that state, or -1 if none is left
   */
  public int nextOutput(int outputState) {
    return nextOutput[outputState];
  }

  /**
   * The keyword that ends at a state.
   *
   * @param outputState a state at which a keyword ends
   * @return the keyword
   */
  public String keywordAt(int outputState) {
    return keywords[keywordAt[outputState]];
  }

  /**
   * The index, in the array the automaton was built from, of the keyword that ends at a state:
   * lets a caller keep data per keyword in arrays instead of maps.
   *
   * @param outputState a state at which a keyword ends
   * @return the keyword's index, from 0
   */
  public int keywordIndexAt(int outputState) {
    return keywordAt[outputState];
  }

  /**
   * The number of states, the root included.
   *
   * @return the number of states
   */
  public int states() {
    return fail.length;
  }
}
