package org.hotline12345.persistence.tck;

import static org.assertj.core.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.IntFunction;

/**
 * Runs tasks on several threads released together, and collects what each returned or threw.
 * A guard against a hang, not a measure: threads get a minute to finish.
 */
final class Concurrently {

  /** How long threads may take before the test fails as hung. */
  static final long GUARD_SECONDS = 60;

  /**
   * What one task did.
   *
   * @param value what it returned, or null
   * @param failure what it threw, or null
   * @param <T> the result type
   */
  record Outcome<T>(T value, Throwable failure) {
    boolean succeeded() {
      return failure == null;
    }
  }

  private Concurrently() {}

  /**
   * Starts {@code threads} threads, releases them at once, runs {@code task} with each
   * thread's index, and waits for all.
   */
  static <T> List<Outcome<T>> run(int threads, IntFunction<T> task) {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    CountDownLatch ready = new CountDownLatch(threads);
    CountDownLatch go = new CountDownLatch(1);
    try {
      List<Future<T>> futures = new ArrayList<>();
      for (int i = 0; i < threads; i++) {
        int index = i;
        futures.add(pool.submit(() -> {
          ready.countDown();
          await(go);
          return task.apply(index);
        }));
      }
      await(ready);
      go.countDown();
      List<Outcome<T>> outcomes = new ArrayList<>();
      for (Future<T> future : futures) {
        outcomes.add(outcome(future));
      }
      return outcomes;
    } finally {
      pool.shutdownNow();
    }
  }

  /**
   * Starts one task on its own thread.
   *
   * @return the task's future
   */
  static <T> Future<T> start(java.util.concurrent.Callable<T> task) {
    ExecutorService pool = Executors.newSingleThreadExecutor();
    try {
      return pool.submit(task);
    } finally {
      pool.shutdown();
    }
  }

  /** Waits for a task started with {@link #start} and returns its outcome. */
  static <T> Outcome<T> outcome(Future<T> future) {
    try {
      return new Outcome<>(future.get(GUARD_SECONDS, TimeUnit.SECONDS), null);
    } catch (ExecutionException e) {
      return new Outcome<>(null, e.getCause());
    } catch (TimeoutException e) {
      future.cancel(true);
      return fail("a writer thread did not finish within " + GUARD_SECONDS
          + " s: a unit of work may be waiting for a lock that is never released");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return fail("interrupted while waiting for a writer thread");
    }
  }

  /** Waits on a latch, failing the test if it is not released within the guard. */
  static void await(CountDownLatch latch) {
    try {
      if (!latch.await(GUARD_SECONDS, TimeUnit.SECONDS)) {
        fail("a thread waited " + GUARD_SECONDS + " s for another that never arrived:"
            + " a read or write may be blocked by an uncommitted unit of work");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      fail("interrupted while waiting for another thread");
    }
  }
}
