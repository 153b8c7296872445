package org.offeringcompliance.marketplace.messaging;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.offeringcompliance.testing.GoldenSamples;

class AsyncApiTest {

    @Test
    void everyTopicAndEmittedTypeIsDocumented() throws IOException {
        GoldenSamples.assertDocumentedIn(Path.of("src/main/asyncapi/asyncapi.yaml"),
                List.of(Topics.CUSTOMERS, Topics.OFFERINGS, Topics.OFFERING_USERS));
    }
}
