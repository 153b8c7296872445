package org.offeringcompliance.gateway;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.ConnectException;
import java.util.concurrent.TimeoutException;

import org.junit.jupiter.api.Test;

import io.netty.channel.ConnectTimeoutException;
import io.vertx.core.http.HttpClosedException;

class BackendFailuresTest {

    @Test
    void unreachableIs503SilentIs504BrokenIs502() {
        assertEquals(503, BackendFailures.status(new ConnectException("Connection refused")));
        assertEquals(503, BackendFailures.status(new ConnectTimeoutException("connection timed out")));
        assertEquals(503, BackendFailures.status(new RuntimeException(new ConnectException("wrapped"))));
        assertEquals(504, BackendFailures.status(new TimeoutException("idle")));
        assertEquals(502, BackendFailures.status(new HttpClosedException("Connection was closed")));
    }
}
