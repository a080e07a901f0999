package org.hotline12345.core.internal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hotline12345.calendar.FileFormatException;
import org.hotline12345.calendar.internal.CsvReader;

/**
 * The checked shape of a hierarchy of keyed nodes: unique keys, every parent present, no
 * cycles; then parents, children, levels and a stable pre-order. Helper of
 * the category taxonomy and the department directory.
 *
 * @param <K> the key type
 */
public final class Forest<K> {

  /** Turns a broken rule into the exception the caller throws, given input positions. */
  public interface Refusals<K> {

    /** The key at {@code second} repeats the key at {@code first}. */
    RuntimeException duplicate(K key, int first, int second);

    /** The node at {@code index} names a parent that is not among the nodes. */
    RuntimeException missingParent(K key, K parent, int index);

    /** The node at {@code index} is its own ancestor along {@code path} (first = last). */
    RuntimeException cycle(List<K> path, int index);
  }

  private final Map<K, K> parents;
  private final Map<K, List<K>> children;
  private final Map<K, Integer> levels;
  private final List<K> roots;
  private final List<K> preorder;

  private Forest(Map<K, K> parents, Map<K, List<K>> children, Map<K, Integer> levels,
      List<K> roots, List<K> preorder) {
    this.parents = parents;
    this.children = children;
    this.levels = levels;
    this.roots = roots;
    this.preorder = preorder;
  }

  /**
   * The refusals of a hierarchy built in code, for example {@code ("department", "id",
   * "directory")}: the messages name the node and the rule.
   *
   * @param node what a node is called, singular
   * @param keyWord what its key is called
   * @param container what the hierarchy is called
   * @param <K> the key type
   * @return the refusals, as {@link IllegalArgumentException}s
   */
  public static <K> Refusals<K> inCode(String node, String keyWord, String container) {
    return new Refusals<>() {
      @Override
      public RuntimeException duplicate(K key, int first, int second) {
        return new IllegalArgumentException(plural(node) + ": " + keyWord + " " + quote(key)
            + " appears twice; " + keyWord + "s must be unique");
      }

      @Override
      public RuntimeException missingParent(K key, K parent, int index) {
        return new IllegalArgumentException(node + " " + quote(key) + ": parent " + quote(parent)
            + " is not in the " + container + "; every parent must be present");
      }

      @Override
      public RuntimeException cycle(List<K> path, int index) {
        return new IllegalArgumentException(node + " " + quote(path.get(0))
            + " is its own ancestor (" + arrows(path) + "); the hierarchy must have no cycles");
      }
    };
  }

  /**
   * The refusals of a hierarchy read from a file, one node a record: the messages name the
   * file, the line, the column, the node and the rule.
   *
   * @param rows the record of each node, by position
   * @param node what a node is called
   * @param keyColumn the column of the node's key, which also names the key in messages
   * @param parentColumn the column of the parent's key
   * @param <K> the key type
   * @return the refusals, as {@link FileFormatException}s
   */
  public static <K> Refusals<K> inFile(List<CsvReader.Row> rows, String node, String keyColumn,
      String parentColumn) {
    return new Refusals<>() {
      @Override
      public RuntimeException duplicate(K key, int first, int second) {
        return rows.get(second).error(keyColumn, keyColumn + " " + quote(key)
            + " is already listed at line " + rows.get(first).line() + "; " + keyColumn
            + "s must be unique");
      }

      @Override
      public RuntimeException missingParent(K key, K parent, int index) {
        return rows.get(index).error(parentColumn, "parent " + quote(parent) + " of " + node
            + " " + quote(key) + " is not in the file; every parent must be present");
      }

      @Override
      public RuntimeException cycle(List<K> path, int index) {
        return rows.get(index).error(parentColumn, node + " " + quote(path.get(0))
            + " is its own ancestor (" + arrows(path) + "); the hierarchy must have no cycles");
      }
    };
  }

  private static String quote(Object key) {
    return Texts.quote(String.valueOf(key));
  }

  private static String plural(String node) {
    return node.endsWith("y") ? node.substring(0, node.length() - 1) + "ies" : node + "s";
  }

  /** A path of keys as {@code a → b → a}. */
  private static String arrows(List<?> path) {
    StringBuilder text = new StringBuilder();
    for (Object key : path) {
      if (text.length() > 0) {
        text.append(" → ");
      }
      text.append(key);
    }
    return text.toString();
  }

  /**
   * Checks and indexes the nodes.
   *
   * @param keys the keys in input order
   * @param parentOf the parent of each key, same order
   * @param order the order of siblings
   * @param refusals the exceptions to throw
   */
  public static <K> Forest<K> of(List<K> keys, List<Optional<K>> parentOf, Comparator<? super K> order,
      Refusals<K> refusals) {
    Map<K, Integer> position = new HashMap<>();
    for (int i = 0; i < keys.size(); i++) {
      Integer first = position.putIfAbsent(keys.get(i), i);
      if (first != null) {
        throw refusals.duplicate(keys.get(i), first, i);
      }
    }
    Map<K, K> parents = new HashMap<>();
    for (int i = 0; i < keys.size(); i++) {
      Optional<K> parent = parentOf.get(i);
      if (parent.isPresent()) {
        if (!position.containsKey(parent.get())) {
          throw refusals.missingParent(keys.get(i), parent.get(), i);
        }
        parents.put(keys.get(i), parent.get());
      }
    }
    checkAcyclic(keys, parents, position, refusals);

    Map<K, List<K>> children = new HashMap<>();
    List<K> roots = new ArrayList<>();
    for (K key : keys) {
      K parent = parents.get(key);
      if (parent == null) {
        roots.add(key);
      } else {
        children.computeIfAbsent(parent, p -> new ArrayList<>()).add(key);
      }
    }
    roots.sort(order);
    Map<K, List<K>> sortedChildren = new HashMap<>();
    children.forEach((parent, list) -> {
      list.sort(order);
      sortedChildren.put(parent, List.copyOf(list));
    });

    List<K> preorder = new ArrayList<>(keys.size());
    Map<K, Integer> levels = new HashMap<>();
    Deque<K> stack = new ArrayDeque<>();
    for (int i = roots.size() - 1; i >= 0; i--) {
      stack.push(roots.get(i));
    }
    while (!stack.isEmpty()) {
      K key = stack.pop();
      K parent = parents.get(key);
      levels.put(key, parent == null ? 0 : levels.get(parent) + 1);
      preorder.add(key);
      List<K> below = sortedChildren.getOrDefault(key, List.of());
      for (int i = below.size() - 1; i >= 0; i--) {
        stack.push(below.get(i));
      }
    }
    return new Forest<>(parents, sortedChildren, levels, List.copyOf(roots),
        Collections.unmodifiableList(preorder));
  }

  private static <K> void checkAcyclic(List<K> keys, Map<K, K> parents, Map<K, Integer> position,
      Refusals<K> refusals) {
    Map<K, Boolean> finished = new HashMap<>();
    for (K start : keys) {
      List<K> path = new ArrayList<>();
      Map<K, Integer> onPath = new HashMap<>();
      K key = start;
      while (key != null && !finished.containsKey(key)) {
        Integer seen = onPath.putIfAbsent(key, path.size());
        if (seen != null) {
          throw refusals.cycle(cycleFrom(path.subList(seen, path.size()), position),
              position.get(earliest(path.subList(seen, path.size()), position)));
        }
        path.add(key);
        key = parents.get(key);
      }
      for (K done : path) {
        finished.put(done, Boolean.TRUE);
      }
    }
  }

  private static <K> K earliest(List<K> cycle, Map<K, Integer> position) {
    K first = cycle.get(0);
    for (K key : cycle) {
      if (position.get(key) < position.get(first)) {
        first = key;
      }
    }
    return first;
  }

  /** The cycle as a path from its earliest member back to that member. */
  private static <K> List<K> cycleFrom(List<K> cycle, Map<K, Integer> position) {
    int start = cycle.indexOf(earliest(cycle, position));
    List<K> path = new ArrayList<>(cycle.size() + 1);
    for (int i = 0; i <= cycle.size(); i++) {
      path.add(cycle.get((start + i) % cycle.size()));
    }
    return path;
  }

  /** The parent, or empty for a root. */
  public Optional<K> parent(K key) {
    return Optional.ofNullable(parents.get(key));
  }

  /** The children, in sibling order. */
  public List<K> children(K key) {
    return children.getOrDefault(key, List.of());
  }

  /** 0 for a root. */
  public int level(K key) {
    return levels.get(key);
  }

  /** The roots, in sibling order. */
  public List<K> roots() {
    return roots;
  }

  /** Every key, parents before children, siblings in sibling order. */
  public List<K> preorder() {
    return preorder;
  }

  /** The ancestors, nearest first. */
  public List<K> ancestors(K key) {
    List<K> ancestors = new ArrayList<>(levels.get(key));
    for (K parent = parents.get(key); parent != null; parent = parents.get(parent)) {
      ancestors.add(parent);
    }
    return Collections.unmodifiableList(ancestors);
  }

  /** Every key below, in pre-order, not the key itself. */
  public List<K> descendants(K key) {
    List<K> below = new ArrayList<>();
    Deque<K> stack = new ArrayDeque<>();
    List<K> first = children(key);
    for (int i = first.size() - 1; i >= 0; i--) {
      stack.push(first.get(i));
    }
    while (!stack.isEmpty()) {
      K next = stack.pop();
      below.add(next);
      List<K> more = children(next);
      for (int i = more.size() - 1; i >= 0; i--) {
        stack.push(more.get(i));
      }
    }
    return Collections.unmodifiableList(below);
  }
}
