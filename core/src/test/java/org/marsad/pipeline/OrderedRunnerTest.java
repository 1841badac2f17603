package org.marsad.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class OrderedRunnerTest {
    @Test
    void resultsComeInSubmissionOrderWhateverTheWorkTakes() throws Exception {
        List<Integer> seen = new ArrayList<>();
        try (OrderedRunner<Integer, Integer> r = new OrderedRunner<>(4, () -> i -> {
            Thread.sleep(ThreadLocalRandom.current().nextInt(3));
            return i * 10;
        }, (i, res, failure) -> {
            assertNull(failure);
            assertEquals(i * 10, res);
            seen.add(i);
        })) {
            for (int i = 0; i < 500; i++) r.submit(i);
            r.finish();
        }
        assertEquals(500, seen.size());
        for (int i = 0; i < 500; i++) assertEquals(i, seen.get(i));
    }

    @Test
    void neverMoreThanTheWindowInFlight() throws Exception {
        AtomicInteger started = new AtomicInteger();
        int[] delivered = {0};
        int[] maxAhead = {0};
        try (OrderedRunner<Integer, Integer> r = new OrderedRunner<>(2, 5, () -> i -> {
            started.incrementAndGet();
            return i;
        }, (i, res, f) -> delivered[0]++)) {
            for (int i = 0; i < 200; i++) {
                r.submit(i);
                maxAhead[0] = Math.max(maxAhead[0], (i + 1) - delivered[0]);
            }
            r.finish();
        }
        assertEquals(200, delivered[0]);
        assertTrue(maxAhead[0] <= 5, "in flight " + maxAhead[0]);
    }

    @Test
    void aFailingItemIsReportedInItsPlaceAndTheRestGoesOn() throws Exception {
        List<String> seen = new ArrayList<>();
        try (OrderedRunner<Integer, String> r = new OrderedRunner<>(2, () -> i -> {
            if (i == 3) throw new IllegalArgumentException("bad " + i);
            if (i == 5) return recurse(i);
            return "ok " + i;
        }, (i, res, f) -> seen.add(f == null ? res : i + " failed: " + f.getMessage()))) {
            for (int i = 0; i < 8; i++) r.submit(i);
            r.finish();
        }
        assertEquals(List.of("ok 0", "ok 1", "ok 2", "3 failed: bad 3", "ok 4", "5 failed: stack overflow", "ok 6", "ok 7"), seen);
    }

    @Test
    void eachWorkerHasItsOwnWork() throws Exception {
        Set<Object> works = Collections.synchronizedSet(Collections.newSetFromMap(new IdentityHashMap<>()));
        Set<Thread> threadsOfWork = Collections.synchronizedSet(new java.util.HashSet<>());
        try (OrderedRunner<Integer, Integer> r = new OrderedRunner<>(3, () -> new OrderedRunner.Work<Integer, Integer>() {
            Thread owner;

            @Override
            public Integer apply(Integer i) {
                if (owner == null) owner = Thread.currentThread();
                assertEquals(owner, Thread.currentThread());
                works.add(this);
                threadsOfWork.add(owner);
                return i;
            }
        }, (i, res, f) -> assertNull(f))) {
            for (int i = 0; i < 300; i++) r.submit(i);
            r.finish();
        }
        assertTrue(works.size() <= 3 && works.size() == threadsOfWork.size());
    }

    @Test
    void anErrorOtherThanStackOverflowStopsTheRun() {
        assertThrows(OutOfMemoryError.class, () -> {
            try (OrderedRunner<Integer, Integer> r = new OrderedRunner<>(2, () -> i -> {
                if (i == 2) throw new OutOfMemoryError("test");
                return i;
            }, (i, res, f) -> { })) {
                for (int i = 0; i < 10; i++) r.submit(i);
                r.finish();
            }
        });
    }

    @Test
    void aSinkFailureClosesTheRunner() {
        assertThrows(java.io.IOException.class, () -> {
            try (OrderedRunner<Integer, Integer> r = new OrderedRunner<>(2, () -> i -> i, (i, res, f) -> {
                if (i == 4) throw new java.io.IOException("disk full");
            })) {
                for (int i = 0; i < 100; i++) r.submit(i);
                r.finish();
            }
        });
    }

    private static String recurse(int n) { return recurse(n + 1) + "x"; }
}
