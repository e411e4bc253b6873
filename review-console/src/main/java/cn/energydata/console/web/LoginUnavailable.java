package cn.energydata.console.web;

import io.quarkus.oidc.OIDCException;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import java.net.ConnectException;

/**
 * Keycloak unreachable while logging someone in (or refreshing their session) fails below JAX-RS, in the OIDC
 * mechanism. Instead of a bare 500 the person gets a 503 page saying the login service is unavailable, in both
 * languages (this happens before the console knows the person's language choice). Other failures go on to
 * Quarkus's own error handler.
 */
@ApplicationScoped
public class LoginUnavailable {

    static final String PAGE = """
            <!DOCTYPE html>
            <html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
            <title>Login unavailable · 登录服务暂不可用</title><link rel="stylesheet" href="/css/console.css"></head>
            <body><main id="main">
            <div class="alert alert-error" role="alert" id="error" data-testid="error" data-status="503" data-kind="login-unavailable">
            <p><strong>The login service (Keycloak) cannot be reached right now.</strong> Please try again in a moment.</p>
            <p lang="zh"><strong>暂时无法连接登录服务（Keycloak）。</strong>请稍后再试。</p>
            </div><p><a href="/" id="retry-login">Try again · 重试</a></p></main></body></html>
            """;

    void install(@Observes Router router) {
        router.route().failureHandler(this::handle);
    }

    void handle(RoutingContext ctx) {
        if (!ctx.response().headWritten() && loginUnavailable(ctx.failure())) {
            ctx.response().setStatusCode(503).putHeader("Content-Type", "text/html; charset=UTF-8")
                    .putHeader("Cache-Control", "no-store").putHeader("Retry-After", "10").end(PAGE);
            return;
        }
        ctx.next();
    }

    /** An OIDC failure caused by not reaching the OpenID provider. */
    static boolean loginUnavailable(Throwable failure) {
        boolean oidc = false;
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof OIDCException) {
                oidc = true;
                if (t.getMessage() != null && t.getMessage().contains("not available")) {
                    return true;
                }
            }
            if (oidc && t instanceof ConnectException) {
                return true;
            }
        }
        return false;
    }
}
