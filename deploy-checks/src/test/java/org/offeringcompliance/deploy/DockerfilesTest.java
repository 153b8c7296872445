package org.offeringcompliance.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class DockerfilesTest {

    @Test
    void everyServiceHasAJvmDockerfileForItsPort() {
        List<String> problems = new ArrayList<>();
        for (ServiceModule module : ServiceModule.all()) {
            Path dockerfile = module.dir().resolve(ComposeChecks.DOCKERFILE);
            assertTrue(Files.isRegularFile(dockerfile), "missing " + dockerfile);
            problems.addAll(DockerfileChecks.check(module, Repository.read(dockerfile)));
        }
        assertEquals(List.of(), problems);
    }
}
