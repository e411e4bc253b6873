package cn.energydata.console.web;

import io.quarkus.oidc.OIDCException;
import org.junit.jupiter.api.Test;

import java.net.ConnectException;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Which failures of the login mechanism count as "Keycloak unreachable" (503 page) and which do not. */
class LoginUnavailableTest {

    @Test
    void keycloakNotReachableIsLoginUnavailable() {
        assertTrue(LoginUnavailable.loginUnavailable(new OIDCException("OIDC Server is not available")));
        assertTrue(LoginUnavailable.loginUnavailable(
                new RuntimeException(new OIDCException("x", new ConnectException("Connection refused")))));
    }

    @Test
    void theLoginUnavailablePageHasNoInlineScriptOrStyle() {
        assertFalse(LoginUnavailable.PAGE.matches("(?is).*(<script|<style|\\son[a-z]+=|\\sstyle=|javascript:).*"));
    }

    @Test
    void otherFailuresAreLeftToQuarkus() {
        assertFalse(LoginUnavailable.loginUnavailable(new ConnectException("catalog down")));
        assertFalse(LoginUnavailable.loginUnavailable(new OIDCException("invalid state")));
        assertFalse(LoginUnavailable.loginUnavailable(null));
    }
}
