package org.offeringcompliance.deploy;

import java.io.IOException;
import java.util.Set;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;

/**
 * Scalars decoded the way the API server decodes them: "3" is no integer, 3 is no string, "true" is no boolean. The
 * fabric8 model is lenient on purpose (its GoCompatibilityModule); registered after it, these take precedence.
 */
final class StrictScalars extends SimpleModule {

    StrictScalars() {
        super("strict-scalars");
        addDeserializer(Integer.class,
                new Strict<>(Integer.class, Set.of(JsonToken.VALUE_NUMBER_INT), JsonParser::getIntValue));
        addDeserializer(Integer.TYPE, new Strict<>(Integer.class, Set.of(JsonToken.VALUE_NUMBER_INT), JsonParser::getIntValue));
        addDeserializer(Long.class, new Strict<>(Long.class, Set.of(JsonToken.VALUE_NUMBER_INT), JsonParser::getLongValue));
        addDeserializer(Long.TYPE, new Strict<>(Long.class, Set.of(JsonToken.VALUE_NUMBER_INT), JsonParser::getLongValue));
        addDeserializer(Boolean.class, new Strict<>(Boolean.class, Set.of(JsonToken.VALUE_TRUE, JsonToken.VALUE_FALSE),
                JsonParser::getBooleanValue));
        addDeserializer(Boolean.TYPE, new Strict<>(Boolean.class, Set.of(JsonToken.VALUE_TRUE, JsonToken.VALUE_FALSE),
                JsonParser::getBooleanValue));
        addDeserializer(String.class, new Strict<>(String.class, Set.of(JsonToken.VALUE_STRING), JsonParser::getText));
    }

    private interface Read<T> {
        T read(JsonParser parser) throws IOException;
    }

    private static final class Strict<T> extends StdScalarDeserializer<T> {

        private final Class<T> type;
        private final Set<JsonToken> accepted;
        private final Read<T> read;

        Strict(Class<T> type, Set<JsonToken> accepted, Read<T> read) {
            super(type);
            this.type = type;
            this.accepted = accepted;
            this.read = read;
        }

        @Override
        public T deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (!accepted.contains(parser.currentToken())) {
                return type.cast(context.handleUnexpectedToken(type, parser.currentToken(), parser,
                        "expected a JSON %s, found %s", type.getSimpleName(), parser.currentToken()));
            }
            return read.read(parser);
        }
    }
}
