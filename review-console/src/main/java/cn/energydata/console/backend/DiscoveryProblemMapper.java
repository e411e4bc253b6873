package cn.energydata.console.backend;

/** Errors of discovery-service. */
public class DiscoveryProblemMapper extends ProblemMapper {

    public DiscoveryProblemMapper() {
        super(Backends.DISCOVERY);
    }
}
