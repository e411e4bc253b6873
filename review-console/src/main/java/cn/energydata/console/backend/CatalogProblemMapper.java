package cn.energydata.console.backend;

/** Errors of catalog-service. */
public class CatalogProblemMapper extends ProblemMapper {

    public CatalogProblemMapper() {
        super(Backends.CATALOG);
    }
}
