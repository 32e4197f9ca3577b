package org.polypress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class PreloadTest {

    @Test
    void nothingIsBuiltUntilTheApplicationStartsThenItIsBuiltOnceOnAThreadOfItsOwn() throws Exception {
        AtomicInteger builds = new AtomicInteger();
        CountDownLatch built = new CountDownLatch(1);
        String[] thread = new String[1];
        Preload<String> model = new Preload<>("test model", () -> {
            builds.incrementAndGet();
            thread[0] = Thread.currentThread().getName();
            built.countDown();
            return "model";
        });
        assertFalse(built.await(200, TimeUnit.MILLISECONDS), "built before the application started");
        Preload.startPending();
        assertTrue(built.await(10, TimeUnit.SECONDS), "not built once the application started");
        assertEquals("model", model.get());
        assertSame(model.get(), model.get());
        assertEquals(1, builds.get());
        assertEquals("polypress-preload-test-model", thread[0]);
    }

    @Test
    void theFirstUseBuildsItWhenTheApplicationNeverStarted() {
        Preload<String> parsers = new Preload<>("test parsers", () -> "parsers");
        assertEquals("parsers", assertTimeoutPreemptively(Duration.ofSeconds(10), parsers::get));
    }

    @Test
    void aFailureToBuildNamesWhatCouldNotBeLoaded() {
        Preload<String> broken = new Preload<>("broken model", () -> {
            throw new java.io.IOException("the model file is truncated");
        });
        IllegalStateException e = assertThrows(IllegalStateException.class, broken::get);
        assertEquals("the broken model could not be loaded", e.getMessage());
        assertEquals("the model file is truncated", e.getCause().getMessage());
    }
}
