package io.github.camelhfcamera.hfcamera.protocol;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MessageIdsTest {

    @Test
    void idsAreUniqueAcrossEightThreads() throws Exception {
        MessageIds ids = new MessageIds();
        Set<String> seen = ConcurrentHashMap.newKeySet();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                done.add(pool.submit(() -> {
                    start.await();
                    for (int i = 0; i < 10_000; i++) {
                        seen.add(ids.next());
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(seen).hasSize(80_000);
    }

    @Test
    void twoInstancesStartedAtTheSameMomentNeverIssueTheSameId() {
        MessageIds a = new MessageIds();
        MessageIds b = new MessageIds();
        Set<String> fromA = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            fromA.add(a.next());
        }
        for (int i = 0; i < 10_000; i++) {
            assertThat(fromA).doesNotContain(b.next());
        }
        assertThat(fromA).hasSize(10_000);
    }
}
