package cn.energydata.common.rest;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

/**
 * A string of a JSON request body holds U+0000; Jackson adds the field path on its way out. A
 * {@link MismatchedInputException} so that Quarkus REST passes it to the mappers unwrapped.
 */
public class NulCharacterException extends MismatchedInputException {

    public NulCharacterException(JsonParser parser) {
        super(parser, "A string holds the NUL character (U+0000)");
    }
}
