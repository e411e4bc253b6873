package cn.energydata.console.backend;

/** Errors of policy-service. */
public class PolicyProblemMapper extends ProblemMapper {

    public PolicyProblemMapper() {
        super(Backends.POLICY);
    }
}
