package cn.energydata.stack;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ExternalDatabaseTest {

    @Test
    void singleHostWithOrWithoutTrailingSlash() {
        assertEquals("jdbc:postgresql://db:5432/catalog",
                StackConfig.ExternalDatabase.of("jdbc:postgresql://db:5432", "u", "p").jdbcUrl("catalog"));
        assertEquals("jdbc:postgresql://db:5432/catalog",
                StackConfig.ExternalDatabase.of("jdbc:postgresql://db:5432/", "u", "p").jdbcUrl("catalog"));
    }

    @Test
    void primaryAndStandbyKeepTheirParametersAfterTheDatabaseName() {
        var db = StackConfig.ExternalDatabase.of("jdbc:postgresql://a:5432,b:5433/?targetServerType=primary", "u", "p");
        assertEquals("jdbc:postgresql://a:5432,b:5433/policy?targetServerType=primary", db.jdbcUrl("policy"));
    }
}
