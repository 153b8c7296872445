package org.offeringcompliance.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/** The operator's realm import is generated from deploy/keycloak/realm.json; this keeps the two from drifting. */
class RealmImportTest {

    static final String REALM_IMPORT = "deploy/k8s/platform/realm-import.yaml";

    @Test
    void realmImportEmbedsTheSharedRealmFile() {
        JsonNode embedded = JsonSchemas.MAPPER
                .valueToTree(Yaml.at(Yaml.document(Repository.read(REALM_IMPORT)), "spec", "realm"));
        assertEquals(realmFile(), embedded, REALM_IMPORT + " differs from deploy/keycloak/realm.json: regenerate it"
                + " with the command in its header");
    }

    static JsonNode realmFile() {
        try {
            return JsonSchemas.MAPPER.readTree(Repository.read("deploy/keycloak/realm.json"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
