package cn.energydata.discovery.scan;

import cn.energydata.discovery.domain.Credentials;
import cn.energydata.discovery.domain.ItemResult;
import cn.energydata.discovery.domain.ScanMode;
import cn.energydata.discovery.domain.Source;
import cn.energydata.discovery.domain.SourceKind;
import cn.energydata.discovery.domain.TaskKind;

import java.util.List;

/**
 * Scans one kind of source. {@link #list} fails with SourceUnavailableException when the source cannot be reached
 * at all (the scan fails); {@link #scan} turns what goes wrong with one item into a FAILED item with a plain reason.
 */
public interface SourceScanner {

    SourceKind kind();

    TaskKind itemTaskKind();

    List<String> list(Source source, Credentials credentials);

    ItemResult scan(Source source, Credentials credentials, String key, ScanMode mode);
}
