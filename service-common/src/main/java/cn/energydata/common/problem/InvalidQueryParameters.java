package cn.energydata.common.problem;

import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MultivaluedMap;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Finds which query parameters of a resource method hold a value its type cannot take. JAX-RS answers such a
 * value with 404 and without naming the parameter; the mappers use this to answer 400 naming it (issue 17).
 * Conversion follows the JAX-RS rules for the types the services use: primitives and their wrappers, enums and any
 * type with a static {@code fromString}, {@code valueOf} or {@code parse} taking a string.
 */
final class InvalidQueryParameters {

    private static final Map<Class<?>, Class<?>> WRAPPERS = Map.of(int.class, Integer.class, long.class, Long.class,
            short.class, Short.class, byte.class, Byte.class, double.class, Double.class, float.class, Float.class,
            boolean.class, Boolean.class, char.class, Character.class);

    private InvalidQueryParameters() {
    }

    /** The names of {@code method}'s query parameters whose values in {@code query} do not convert. */
    static List<String> of(Method method, MultivaluedMap<String, String> query) {
        List<String> invalid = new ArrayList<>();
        if (method == null) {
            return invalid;
        }
        for (Parameter parameter : method.getParameters()) {
            QueryParam name = parameter.getAnnotation(QueryParam.class);
            List<String> values = name == null ? null : query.get(name.value());
            if (values == null || Collection.class.isAssignableFrom(parameter.getType())) {
                continue;
            }
            if (values.stream().anyMatch(value -> !converts(parameter.getType(), value))) {
                invalid.add(name.value());
            }
        }
        return invalid;
    }

    static boolean converts(Class<?> type, String value) {
        Class<?> target = WRAPPERS.getOrDefault(type, type);
        if (target == String.class || target == Boolean.class) {
            return true;
        }
        if (target == Character.class) {
            return value.length() == 1;
        }
        for (String factory : List.of("fromString", "valueOf", "parse")) {
            Method method = factoryMethod(target, factory);
            if (method != null) {
                try {
                    method.invoke(null, value);
                    return true;
                } catch (ReflectiveOperationException | RuntimeException e) {
                    return false;
                }
            }
        }
        return true; // a type we cannot judge: leave it to the framework
    }

    private static Method factoryMethod(Class<?> type, String name) {
        for (Class<?> argument : List.of(String.class, CharSequence.class)) {
            try {
                Method method = type.getMethod(name, argument);
                if (Modifier.isStatic(method.getModifiers())) {
                    return method;
                }
            } catch (NoSuchMethodException e) {
                // try the next
            }
        }
        return null;
    }
}
