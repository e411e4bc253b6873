package cn.energydata.policy.service;

import cn.energydata.common.identity.Caller;
import cn.energydata.common.identity.Roles;
import cn.energydata.common.problem.ProblemException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import java.util.Set;
import java.util.TreeSet;

/** Works out whom a decision is about: the caller, or the user a service account names. */
@RequestScoped
public class SubjectResolver {

    @Inject
    Caller caller;

    public Subject resolve(DecisionCommand.OnBehalfOf onBehalfOf) {
        if (caller.isServiceAccount() && caller.hasRole(Roles.INTERNAL_SERVICE)) {
            if (onBehalfOf == null) {
                throw ProblemException.badRequest("A service account must name the user it acts for in 'onBehalfOf'.");
            }
            Set<String> roles = new TreeSet<>(onBehalfOf.roles() == null ? Set.of() : onBehalfOf.roles());
            roles.retainAll(Roles.ALL);
            roles.remove(Roles.INTERNAL_SERVICE);
            return new Subject(onBehalfOf.username(), blankToNull(onBehalfOf.organisation()), roles,
                    caller.clientId().orElse(caller.username()));
        }
        if (onBehalfOf != null) {
            throw ProblemException.forbidden("Only service accounts may ask for a decision on behalf of another user.");
        }
        return new Subject(caller.username(), caller.organisation().orElse(null), caller.roles(), null);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
