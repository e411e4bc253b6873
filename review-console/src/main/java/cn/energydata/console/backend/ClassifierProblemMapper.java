package cn.energydata.console.backend;

/** Errors of classifier-service. */
public class ClassifierProblemMapper extends ProblemMapper {

    public ClassifierProblemMapper() {
        super(Backends.CLASSIFIER);
    }
}
