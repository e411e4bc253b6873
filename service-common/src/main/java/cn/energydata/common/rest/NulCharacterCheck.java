package cn.energydata.common.rest;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;

import java.io.IOException;
import java.io.InputStream;

/**
 * Refuses U+0000 in the strings of a JSON request body (issue 17): PostgreSQL cannot store the character, so it
 * used to come back as a 500 from the database. The string deserializer checks each string while the body is read
 * and throws {@link NulCharacterException}, which Jackson decorates with the field path; the problem mappers answer
 * 400 naming the field. Only request bodies are checked: the REST clients use the same ObjectMapper, and another
 * service's answer (e.g. an evidence snippet of a document) is not this service's input to refuse.
 */
@Provider
public class NulCharacterCheck implements ReaderInterceptor {

    /** Set while this thread reads a request entity. */
    private static final ThreadLocal<Boolean> READING_REQUEST = ThreadLocal.withInitial(() -> false);

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        READING_REQUEST.set(true);
        try {
            return context.proceed();
        } finally {
            READING_REQUEST.remove();
        }
    }

    /**
     * Reads a JSON request body that a resource takes as a stream (to read it only once it is needed, e.g. after
     * a capacity check), with the same NUL check as an entity parameter; its errors reach the same mappers, so the
     * answers are those of an entity parameter. Null for an empty body, as for an entity parameter.
     */
    public static <T> T readRequest(ObjectReader reader, InputStream body) throws IOException {
        READING_REQUEST.set(true);
        try (JsonParser parser = reader.createParser(body)) {
            return parser.nextToken() == null ? null : reader.readValue(parser);
        } finally {
            READING_REQUEST.remove();
        }
    }

    /** Installs {@link Strings} in the application's ObjectMapper. */
    @Singleton
    public static class Customizer implements ObjectMapperCustomizer {

        @Override
        public void customize(ObjectMapper mapper) {
            mapper.registerModule(new SimpleModule("nul-character-check").addDeserializer(String.class, new Strings()));
        }
    }

    /** Jackson's own string deserializer, plus the check while a request entity is read. */
    static class Strings extends StdScalarDeserializer<String> {

        Strings() {
            super(String.class);
        }

        @Override
        public LogicalType logicalType() {
            return LogicalType.Textual;
        }

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            String value = StringDeserializer.instance.deserialize(parser, context);
            if (value != null && READING_REQUEST.get() && value.indexOf('\u0000') >= 0) {
                throw new NulCharacterException(parser);
            }
            return value;
        }
    }
}
