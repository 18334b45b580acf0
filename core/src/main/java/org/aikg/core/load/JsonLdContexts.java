package org.aikg.core.load;

import java.nio.charset.StandardCharsets;
import org.aikg.core.AikgException;
import org.aikg.core.AikgException.Kind;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonParseException;
import org.apache.jena.atlas.json.JsonValue;

/** JSON-LD from outside may name remote or file contexts; aikg fetches nothing, so it refuses them. */
final class JsonLdContexts {

    private JsonLdContexts() {}

    /** Fails when the document is not JSON or names a context by reference instead of inlining it. */
    static void refuseRemote(String input, byte[] json) {
        JsonValue root;
        try {
            root = JSON.parseAny(new String(json, StandardCharsets.UTF_8));
        } catch (JsonParseException e) {
            throw new AikgException(Kind.SYNTAX, input + ParseErrors.where(e.getLine(), e.getColumn()) + ": not JSON: "
                    + ParseErrors.oneLine(e.getMessage()));
        } catch (RuntimeException e) {
            throw new AikgException(Kind.SYNTAX, input + ": not JSON: " + ParseErrors.oneLine(e.getMessage()));
        }
        check(input, root);
    }

    private static void check(String input, JsonValue value) {
        if (value.isArray()) {
            for (JsonValue v : value.getAsArray()) {
                check(input, v);
            }
        } else if (value.isObject()) {
            JsonObject object = value.getAsObject();
            for (String key : object.keys()) {
                JsonValue v = object.get(key);
                if (key.equals("@context") || key.equals("@import")) {
                    refuseReferences(input, v);
                }
                check(input, v);
            }
        }
    }

    private static void refuseReferences(String input, JsonValue context) {
        if (context.isString()) {
            throw new AikgException(Kind.REFUSED, input + ": remote JSON-LD context refused ("
                    + context.getAsString().value() + "); inline the context in the file");
        }
        if (context.isArray()) {
            JsonArray array = context.getAsArray();
            for (JsonValue v : array) {
                refuseReferences(input, v);
            }
        }
        if (context.isObject() && context.getAsObject().hasKey("@import")) {
            refuseReferences(input, context.getAsObject().get("@import"));
        }
    }
}
